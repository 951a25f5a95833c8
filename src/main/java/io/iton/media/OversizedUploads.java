package io.iton.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import io.iton.shared.ProblemJson;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets an upload over the size limit reach the media pages, which refuse it in Hebrew. Tomcat
 * answers a multipart body over the limit by throwing from {@code getParameter}, and the first
 * to ask is the CSRF check, so the writer would get a bare "request too large" instead. For the
 * upload addresses only, parameters that cannot be read from the body come from the address
 * alone (where the upload form also puts its CSRF token); the refusal itself still surfaces
 * when the page reads the file. The editor's script sends its token in the body, which is not
 * read either, so an over-limit upload to the JSON address is answered here with the Hebrew
 * problem: nothing is stored or changed, so there is nothing for CSRF to protect. Registered
 * before Spring Security (see {@link MediaConfiguration}).
 */
class OversizedUploads extends OncePerRequestFilter {

    static final String JSON_PATH = "/newsroom/media.json";
    static final List<String> PATHS = List.of("/newsroom/media", JSON_PATH);

    private final MediaTexts texts;

    OversizedUploads(MediaTexts texts) {
        this.texts = texts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (JSON_PATH.equals(request.getRequestURI()) && tooLarge(request)) {
            ProblemJson.write(request, response, HttpStatus.CONTENT_TOO_LARGE, texts.text("media.file.tooLarge"));
            return;
        }
        chain.doFilter(new QueryParametersIfBodyRefused(request), response);
    }

    /** Whether the container refused the body for its size (told apart as Spring's multipart support does). */
    private static boolean tooLarge(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return false;
        } catch (IllegalStateException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class QueryParametersIfBodyRefused extends HttpServletRequestWrapper {

        QueryParametersIfBodyRefused(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterValues(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                return super.getParameterMap();
            } catch (IllegalStateException bodyRefused) {
                return queryParameters();
            }
        }

        private Map<String, String[]> queryParameters() {
            String query = getQueryString();
            if (query == null) {
                return Map.of();
            }
            MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
            return raw.entrySet().stream().collect(Collectors.toMap(e -> decode(e.getKey()),
                    e -> e.getValue().stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
        }

        private static String decode(String text) {
            return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
        }
    }
}
