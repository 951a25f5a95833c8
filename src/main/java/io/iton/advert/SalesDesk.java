package io.iton.advert;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import io.iton.shared.Forbidden;

/** The service-side half of "the sales desk and administrators only" for quotes. */
final class SalesDesk {

    private SalesDesk() {
    }

    static void require(String what) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean desk = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_SALES"));
        if (!desk) {
            throw new Forbidden(what + " needs the sales desk or an administrator");
        }
    }
}
