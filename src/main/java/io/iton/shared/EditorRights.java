package io.iton.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The service-side half of "editors and administrators only", for features that cannot take an
 * {@code article.Actor} without a package cycle (categories and tags: articles depend on them).
 * Channels say the same rule with {@code @PreAuthorize}; this checks it again where the change is
 * made, so the newsroom and the API cannot drift apart.
 */
public final class EditorRights {

    private EditorRights() {
    }

    /** Throws {@link Forbidden} unless whoever is logged in on this thread is an editor or an administrator. */
    public static void require(String what) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean editor = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_EDITOR"));
        if (!editor) {
            throw new Forbidden(what + " needs an editor");
        }
    }
}
