package io.iton.history;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import io.iton.account.Role;
import io.iton.shared.Forbidden;

/**
 * The services' own check of who is asking, beside the handlers' {@code @PreAuthorize}: history
 * is for the newsroom, and the audit log for administrators, whichever channel asks.
 */
final class Caller {

    private Caller() {
    }

    static void requireStaff() {
        if (!hasAny(Role.ADMIN, Role.EDITOR, Role.WRITER)) {
            throw new Forbidden("article history is for newsroom accounts");
        }
    }

    static void requireAdmin() {
        if (!hasAny(Role.ADMIN)) {
            throw new Forbidden("the audit log is for administrators");
        }
    }

    private static boolean hasAny(Role... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        for (GrantedAuthority granted : auth.getAuthorities()) {
            for (Role role : roles) {
                if (role.authority().equals(granted.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }
}
