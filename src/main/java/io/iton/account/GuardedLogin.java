package io.iton.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check every login goes through, form or HTTP Basic: the {@link LoginGuard} may
 * refuse it first, then the real check, then the guard learns how it went.
 */
class GuardedLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginGuard guard;

    GuardedLogin(AuthenticationProvider passwords, LoginGuard guard) {
        this.passwords = passwords;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = Accounts.normalize(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        guard.checkAllowed(email, address);
        try {
            Authentication done = passwords.authenticate(attempt);
            guard.succeeded(email);
            return done;
        } catch (BadCredentialsException wrong) {
            guard.failed(email, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
