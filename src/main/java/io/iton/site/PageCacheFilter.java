package io.iton.site;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves public pages and feeds from {@link PageCache}: a page is rendered once, then answered
 * from memory with its {@code ETag} and {@code Last-Modified}, and a 304 when the client (or CDN)
 * already has it. Only successful public GETs are kept: never the API, search, errors, or
 * anything asked with credentials.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Never kept: per-user pages (the newsroom, with its session and CSRF token), queries, static files. */
    private static final List<String> NOT_CACHED = List.of("/newsroom", "/api/", "/actuator", "/search", "/error",
            "/css/", "/js/", "/images/", "/vendor/", "/media/");

    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-type",
            "transfer-encoding", "etag", "last-modified", "cache-control", "vary", "expires", "pragma");

    private final PageCache cache;
    private final CacheProperties properties;

    PageCacheFilter(PageCache cache, CacheProperties properties) {
        this.cache = cache;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return !properties.enabled() || !("GET".equals(method) || "HEAD".equals(method))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || NOT_CACHED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = PageCache.key(request.getRequestURI(), request.getQueryString());
        PageCache.Page page = cache.get(key);
        if (page == null) {
            ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendering);
            if (rendering.getStatus() != HttpServletResponse.SC_OK || !cacheable(rendering.getContentType())
                    || response.getHeader(HttpHeaders.SET_COOKIE) != null) {
                rendering.copyBodyToResponse();
                return;
            }
            page = cache.put(key, rendering.getContentAsByteArray(), rendering.getContentType(), replayable(response));
            rendering.resetBuffer();
        }
        answer(request, response, page);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, PageCache.Page page) throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        page.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** The headers a fresh render carried (security headers, language), to send again with the kept copy. */
    private static Map<String, List<String>> replayable(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        // Tomcat keeps the language as the response's locale, not among its headers.
        headers.putIfAbsent(HttpHeaders.CONTENT_LANGUAGE, List.of(response.getLocale().toLanguageTag()));
        return headers;
    }

    private static boolean notModified(HttpServletRequest request, PageCache.Page page) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*");
        }
        long ifModifiedSince = headerDate(request);
        return ifModifiedSince >= 0 && !page.lastModified().isAfter(Instant.ofEpochMilli(ifModifiedSince));
    }

    private static long headerDate(HttpServletRequest request) {
        try {
            return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static boolean cacheable(String contentType) {
        return contentType != null && (contentType.startsWith("text/html") || contentType.startsWith("application/rss+xml")
                || contentType.startsWith("application/xml") || contentType.startsWith("text/plain"));
    }
}
