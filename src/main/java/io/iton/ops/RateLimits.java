package io.iton.ops;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.ConsumptionProbe;
import io.iton.shared.AddressBuckets;
import io.iton.shared.Localizer;
import io.iton.shared.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Token buckets (Bucket4j) in front of search and the API. Over its allowance a client gets 429
 * with {@code Retry-After}: a Hebrew page on the site, a problem document from the API. It runs
 * after Spring Security, so an API write is counted against the account that made it. Each kind
 * has its own {@link AddressBuckets}, which forget idle clients.
 */
class RateLimits extends OncePerRequestFilter {

    enum Kind { SEARCH, API_READ, API_WRITE }

    private final RateLimitProperties properties;
    private final Localizer t;
    private final Map<Kind, AddressBuckets> buckets = new EnumMap<>(Kind.class);

    RateLimits(RateLimitProperties properties, Localizer t, Clock clock) {
        this.properties = properties;
        this.t = t;
        for (Kind kind : Kind.values()) {
            buckets.put(kind, AddressBuckets.perWindow(allowance(kind), Duration.ofMinutes(1), clock));
        }
    }

    static Kind kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && (path.equals("/search") || path.equals("/api/v1/search"))) {
            return Kind.SEARCH;
        }
        if (!path.startsWith("/api/")) {
            return null;
        }
        return read ? Kind.API_READ : Kind.API_WRITE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || kind(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kind(request);
        String client = kind == Kind.API_WRITE ? account(request) : "address:" + request.getRemoteAddr();
        ConsumptionProbe probe = buckets.get(kind).of(client).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemJson.write(request, response, HttpStatus.TOO_MANY_REQUESTS, t.text("ops.rateLimit.api", seconds));
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    private static String account(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() ? "account:" + who.getName() : "address:" + request.getRemoteAddr();
    }

    private int allowance(Kind kind) {
        return switch (kind) {
            case SEARCH -> properties.searchesPerMinute();
            case API_READ -> properties.apiReadsPerMinute();
            case API_WRITE -> properties.apiWritesPerMinute();
        };
    }
}
