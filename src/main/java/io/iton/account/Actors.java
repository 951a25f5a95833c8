package io.iton.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.shared.Forbidden;

/** The logged-in caller as the article feature sees them: an account id and editor rights or not. */
@Component
public class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    public Actor of(Authentication auth) {
        long id = accounts.findByEmail(auth.getName()).orElseThrow(() -> new Forbidden("no account")).id();
        boolean editor = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.EDITOR.authority()));
        return editor ? Actor.editor(id) : Actor.writer(id);
    }
}
