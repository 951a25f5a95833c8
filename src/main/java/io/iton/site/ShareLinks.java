package io.iton.site;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;

/** Plain share links: no third-party script, nothing loads until the reader clicks. */
public record ShareLinks(String url, String whatsapp, String facebook, String x, String telegram, String email) {

    static ShareLinks of(String url, String title) {
        String u = encode(url);
        String t = encode(title);
        return new ShareLinks(url,
                "https://wa.me/?text=" + t + "%20" + u,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "https://x.com/intent/post?url=" + u + "&text=" + t,
                "https://t.me/share/url?url=" + u + "&text=" + t,
                "mailto:?subject=" + t + "&body=" + u);
    }

    /** Every reserved character encoded, and space as %20: a "+" in a title stays a plus. */
    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20");
    }
}
