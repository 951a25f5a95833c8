package io.iton.ops;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every response: the site, the newsroom, the API, errors, and pages the page
 * cache answers from memory. It runs first of all filters and sets the headers before anything is
 * written; later writers of the same headers (Spring Security, a kept page replaying the headers
 * it was rendered with) are ignored, so each header is sent once, with one value. HSTS goes only
 * with a secure request (behind a proxy: {@code server.forward-headers-strategy=native}).
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String HSTS = "Strict-Transport-Security";
    /** Case-insensitive without lower-casing each name: a kept page replays a dozen headers per hit. */
    private static final Set<String> OWNED = ignoringCase(CSP, "X-Content-Type-Options", "Referrer-Policy",
            "X-Frame-Options", "Permissions-Policy", "X-XSS-Protection", HSTS);

    private final HeaderProperties properties;

    SecurityHeaders(HeaderProperties properties) {
        this.properties = properties;
    }

    private static Set<String> ignoringCase(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** An error page rendered inside the request that failed: the headers may have been reset with the buffer. */
    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(CSP, properties.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // The old XSS auditor is off (it opened holes of its own); the policy above does its work.
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Permissions-Policy", properties.permissionsPolicy());
        // Newsroom addresses (article ids, drafts) never leave the site; public pages give other sites their origin.
        response.setHeader("Referrer-Policy", request.getRequestURI().startsWith("/newsroom")
                ? "same-origin" : "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader(HSTS, properties.hsts());
        }
        chain.doFilter(request, new Kept(response));
    }

    /** A response whose security headers can no longer be changed or doubled. */
    private static final class Kept extends HttpServletResponseWrapper {

        Kept(HttpServletResponse response) {
            super(response);
        }

        private static boolean owned(String name) {
            return name != null && OWNED.contains(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!owned(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!owned(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
