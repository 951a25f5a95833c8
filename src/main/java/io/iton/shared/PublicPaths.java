package io.iton.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The site's public URL paths (DESIGN §4), percent-encoded so Hebrew slugs survive every hop:
 * {@code /tag/רוסיה} is written {@code /tag/%D7%A8%D7%95%D7%A1%D7%99%D7%94}.
 */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static String article(long id, String slug) {
        return "/article/" + id + "/" + segment(slug);
    }

    public static String category(String slug) {
        return "/category/" + segment(slug);
    }

    public static String tag(String slug) {
        return "/tag/" + segment(slug);
    }

    public static String author(String slug) {
        return "/author/" + segment(slug);
    }

    private static String segment(String slug) {
        return UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
