package io.iton.ops;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post larger than the container takes ({@code server.tomcat.max-http-form-post-size}) would
 * lose its fields silently, and the page would then refuse it for a missing CSRF token. This
 * answers 413 with a Hebrew page instead, before anything reads the form. Tomcat reads and drops
 * the refused body (up to {@code server.tomcat.max-swallow-size}), so the browser sees the page,
 * not a reset connection. Multipart uploads have their own limits (the media library's).
 */
class FormSizeLimit extends OncePerRequestFilter {

    private final long limit;

    FormSizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())
                || type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpStatus refusal = request.getContentLengthLong() > limit ? HttpStatus.CONTENT_TOO_LARGE : refusal(request);
        if (refusal != null) {
            response.sendError(refusal.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Why the container refused a form body it read (one sent without its length, chunked, that
     * turned out too long; or one that is not form data at all), if it did.
     */
    private static HttpStatus refusal(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return null;
        } catch (IllegalStateException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("exceed") || message.contains("too large") || message.contains("size")) {
                    return HttpStatus.CONTENT_TOO_LARGE;
                }
            }
            return HttpStatus.BAD_REQUEST;
        }
    }
}
