package io.iton.account;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A newsroom session holds the role its user had at login. Before every newsroom request this
 * compares it with the account as it is now, in the database (so on every node): a session of a
 * disabled account, or of one whose role changed, ends there, and the request goes on as
 * anonymous (to the login page). One small query per back-office request buys that.
 */
class CurrentAccountCheck extends OncePerRequestFilter {

    private final AccountRepository accounts;

    CurrentAccountCheck(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) && !current(auth)) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean current(Authentication auth) {
        Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))  // not the FACTOR_… marks of how they logged in
                .collect(Collectors.toSet());
        return accounts.findByEmail(Accounts.normalize(auth.getName()))
                .map(AccountRepository.Credentials::account)
                .filter(UserAccount::enabled)
                .filter(account -> held.equals(Set.of(account.role().authority())))
                .isPresent();
    }
}
