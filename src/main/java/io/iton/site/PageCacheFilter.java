package io.iton.site;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tomcat.util.http.parser.AcceptEncoding;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.iton.shared.PageTags;

/**
 * Serves public pages and feeds from {@link PageCache}: a page is rendered once, then answered
 * from memory with its {@code ETag} and {@code Last-Modified}, gzipped when the client takes it,
 * and a 304 when the client (or CDN) already has it. Only successful public GETs are kept: never
 * the newsroom, the API, search, errors, or anything asked with credentials. It runs first of all
 * the filters, so a hit costs no more than copying the kept bytes; the headers the rest of the
 * chain (Spring Security) added to the first rendering are kept with the page and sent again.
 */
class PageCacheFilter implements Filter {

    /**
     * Never kept: per-user pages (the newsroom and the advertise form, with their session and CSRF
     * token), queries, static files.
     */
    private static final List<String> NOT_CACHED = List.of("/newsroom", "/api/", "/actuator", "/search", "/error",
            "/advertise", "/css/", "/js/", "/images/", "/vendor/", "/media/");

    /** Pages that read no query parameter but {@code page}: any other ({@code ?fbclid=…}) shares their copy. */
    private static final List<String> PAGED = List.of("/category/", "/tag/", "/author/", "/article/", "/sitemaps/");
    private static final Set<String> PAGED_EXACT = Set.of("/", "/feed.xml", "/sitemap.xml", "/robots.txt");

    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-type",
            "transfer-encoding", "etag", "last-modified", "cache-control", "vary", "expires", "pragma",
            "content-encoding");

    /** When a kept page is also kept gzipped: the server's own compression settings. */
    record Compression(boolean enabled, long minBytes, List<String> mimeTypes) {

        boolean worth(byte[] body, String contentType) {
            return enabled && body.length >= minBytes && mimeTypes.stream().anyMatch(contentType::startsWith);
        }
    }

    private final PageCache cache;
    /** The renderings under way, for the requests that ask for the same page meanwhile. */
    private final SharedRenderings<CachedPage> rendering = new SharedRenderings<>();
    private final CacheProperties properties;
    private final Compression compression;
    private final MoreArticles more;

    PageCacheFilter(PageCache cache, CacheProperties properties, Compression compression, MoreArticles more) {
        this.cache = cache;
        this.more = more;
        this.properties = properties;
        this.compression = compression;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!kept(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        CachedPage page = cache.get(key);
        if (page != null) {
            answer(request, response, filled(page), true);
            return;
        }
        // only as kept: a rendering not kept may show what changed after this request came
        SharedRenderings.Rendered<CachedPage> rendered = rendering.<IOException, ServletException>render(key,
                shared -> cache.holds(key, shared), () -> render(request, response, chain, key));
        if (rendered.value() != null) {
            answer(request, response, filled(rendered.value()), rendered.shared());
        }
    }

    private boolean kept(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return properties.enabled() && ("GET".equals(method) || "HEAD".equals(method))
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && !startsWithAny(path, NOT_CACHED);
    }

    /** A plain loop, not a stream: it runs on every request. */
    private static boolean startsWithAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Renders the page through the rest of the chain, noting what it shows; null if it is not to be kept. */
    private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        long since = cache.generation();
        Set<String> tags = new HashSet<>();
        request.setAttribute(PageTags.ATTRIBUTE, tags);
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
        } finally {
            request.removeAttribute(PageTags.ATTRIBUTE);
        }
        String contentType = rendering.getContentType();
        byte[] body = rendering.getContentAsByteArray();
        boolean gzip = compression.worth(body, contentType);
        PageParts parts = contentType != null && contentType.startsWith("text/html") ? more.split(body, gzip) : null;
        if (rendering.getStatus() != HttpServletResponse.SC_OK || !cacheable(contentType)
                || response.getHeader(HttpHeaders.SET_COOKIE) != null) {
            if (parts != null) {
                rendering.resetBuffer();
                rendering.getOutputStream().write(more.whole(parts));
            }
            rendering.copyBodyToResponse();
            return null;
        }
        byte[] gzipped = gzip && parts == null ? CachedPage.gzip(body) : null;
        CachedPage page = cache.put(key, new CachedPage.Rendered(body, gzipped, contentType, replayable(response), parts),
                tags, since);
        rendering.resetBuffer();
        return page;
    }

    /** The page as sent: a page kept with a hole gets the latest-articles list in it. */
    private CachedPage filled(CachedPage page) {
        return page.parts() == null ? page : more.filled(page);
    }

    /** {@code replay}: send the kept headers too (a fresh rendering has them on the response already). */
    private void answer(HttpServletRequest request, HttpServletResponse response, CachedPage page, boolean replay)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.LAST_MODIFIED, page.lastModifiedText());
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (replay) {
            for (Map.Entry<String, String> header : page.headers()) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        byte[] bytes = page.body();
        if (page.gzipped() != null && takesGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            bytes = page.gzipped();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** The page's address as kept: the path, and the query where the page reads it. */
    static String key(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (query == null) {
            return path;
        }
        if (!PAGED_EXACT.contains(path) && !startsWithAny(path, PAGED)) {
            return path + "?" + query;
        }
        String[] pages = request.getParameterValues("page");
        return pages == null ? path : path + "?page=" + String.join("&page=", pages);
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

    /** Whether the client takes gzip ({@code gzip} or {@code *} with a quality above 0), as Tomcat reads it. */
    private static boolean takesGzip(String acceptEncoding) throws IOException {
        if (acceptEncoding == null || !acceptEncoding.contains("gzip") && !acceptEncoding.contains("*")) {
            return false;
        }
        List<AcceptEncoding> encodings = AcceptEncoding.parse(new StringReader(acceptEncoding));
        double gzip = -1;
        double any = -1;
        for (AcceptEncoding encoding : encodings == null ? List.<AcceptEncoding>of() : encodings) {
            if ("gzip".equalsIgnoreCase(encoding.getEncoding())) {
                gzip = encoding.getQuality();
            } else if ("*".equals(encoding.getEncoding())) {
                any = encoding.getQuality();
            }
        }
        return (gzip >= 0 ? gzip : any) > 0;
    }

    private static boolean notModified(HttpServletRequest request, CachedPage page) {
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
