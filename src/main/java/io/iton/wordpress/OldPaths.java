package io.iton.wordpress;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * Old WordPress addresses in the one form they are stored and looked up in: the path
 * percent-decoded (so {@code /%d7%a9%d7%9c%d7%95%d7%9d/} and {@code /שלום} are the same), NFC, lower
 * case, without its trailing slash; or {@code /?p=123} for WordPress's plain links.
 */
final class OldPaths {

    static final int MAX_LENGTH = 1000;
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*");
    private static final Pattern POST_PARAM = Pattern.compile("(?:^|&)p=([0-9]{1,18})(?:&|$)");

    private OldPaths() {
    }

    static String post(long wordpressId) {
        return "/?p=" + wordpressId;
    }

    /** The stored form of an address from the export (a full URL or a path), or null for none. */
    static String ofLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String rest = SCHEME_AND_HOST.matcher(link.strip()).replaceFirst("");
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        return question < 0 ? of(rest, null) : of(rest.substring(0, question), rest.substring(question + 1));
    }

    /** The stored form of a requested path and query (as sent, percent-encoded), or null for none. */
    static String of(String rawPath, String query) {
        String path = decode(rawPath == null ? "" : rawPath);
        if (query != null) {
            // A plain link, also from a WordPress in a folder (/blog/?p=123): the post id says it all.
            Matcher p = POST_PARAM.matcher(query);
            if (p.find()) {
                return post(Long.parseLong(p.group(1)));
            }
        }
        path = Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || path.length() > MAX_LENGTH) {
            return null;
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    private static String decode(String path) {
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
