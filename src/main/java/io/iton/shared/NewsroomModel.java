package io.iton.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Gives every newsroom template its localizer as {@code t} and its frame as {@code chrome}. */
@ControllerAdvice(annotations = NewsroomController.class)
class NewsroomModel {

    private final Localizer localizer;
    private final SiteProperties site;

    NewsroomModel(Localizer localizer, SiteProperties site) {
        this.localizer = localizer;
        this.site = site;
    }

    @ModelAttribute("t")
    Localizer t() {
        return localizer;
    }

    @ModelAttribute("chrome")
    NewsroomChrome chrome(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean known = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new NewsroomChrome(site.name(), known ? auth.getName() : null,
                known && has(auth, "ROLE_ADMIN"), known && (has(auth, "ROLE_ADMIN") || has(auth, "ROLE_EDITOR")),
                known && has(auth, "ROLE_SALES"),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                request.getRequestURI());
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
