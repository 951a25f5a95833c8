package io.iton.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.shared.Forbidden;

/** The logged-in caller as the article feature sees them: an account id, editor and administrator rights. */
@Component
public class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    public Actor of(Authentication auth) {
        long id = accounts.findByEmail(auth.getName()).orElseThrow(() -> new Forbidden("no account")).id();
        boolean admin = has(auth, Role.ADMIN);
        return admin ? Actor.admin(id) : has(auth, Role.EDITOR) ? Actor.editor(id) : Actor.writer(id);
    }

    private static boolean has(Authentication auth, Role role) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }
}
