package io.iton.ops;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A NUL (U+0000) is part of no text a person types, and PostgreSQL refuses to store or even
 * compare one where H2 takes it: the same request would be a 500 on one database and stored on
 * the other. So a request with a NUL in its address, a query parameter or a form field is
 * answered 400 (the Hebrew page) before any handler sees it, and a JSON string with one is a
 * body that does not read ({@link #jsonStrings()}: a 400 problem document). Uploads are left to
 * their own checks: reading their fields here would read the file before its size is checked.
 */
class NulCharacters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (carriesNul(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesNul(HttpServletRequest request) {
        String query = request.getQueryString();
        if (request.getRequestURI().contains("%00") || query != null && query.contains("%00")) {
            return true;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return false;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every JSON string the API reads: one with a NUL makes the body unreadable, a 400. */
    static SimpleModule jsonStrings() {
        return new SimpleModule("iton-nul-free-strings").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\0') >= 0) {
                    return (String) context.handleWeirdStringValue(String.class, value, "contains a NUL character");
                }
                return value;
            }
        });
    }
}
