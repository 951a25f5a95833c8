package io.iton.api;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.article.Actor;
import io.iton.shared.Forbidden;

/** The authenticated caller as the article feature sees them: an account id and editor rights or not. */
@Component
class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor of(Authentication auth) {
        long id = accounts.findByEmail(auth.getName()).orElseThrow(() -> new Forbidden("no account")).id();
        boolean editor = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.EDITOR.authority()));
        return editor ? Actor.editor(id) : Actor.writer(id);
    }
}
