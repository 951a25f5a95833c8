package io.iton.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.shared.Forbidden;

/**
 * The logged-in caller as the article feature sees them: an account id, editor and administrator
 * rights. Rights come from the account as it is now, not as the session remembers it, so a
 * demoted or disabled user loses them at once, on every node.
 */
@Component
public class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    public Actor of(Authentication auth) {
        UserAccount account = accounts.findByEmail(auth.getName())
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new Forbidden("no enabled account"));
        return switch (account.role()) {
            case ADMIN -> Actor.admin(account.id());
            case EDITOR -> Actor.editor(account.id());
            case WRITER, SALES -> Actor.writer(account.id());
        };
    }
}
