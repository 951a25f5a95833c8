package io.iton.site;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.springframework.web.util.UriUtils;

/** Plain share links: no third-party script, nothing loads until the reader clicks. */
public record ShareLinks(String url, String whatsapp, String facebook, String x, String telegram, String email) {

    static ShareLinks of(String url, String title) {
        String u = UriUtils.encodeQueryParam(url, UTF_8);
        String t = UriUtils.encodeQueryParam(title, UTF_8);
        return new ShareLinks(url,
                "https://wa.me/?text=" + t + "%20" + u,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "https://x.com/intent/post?url=" + u + "&text=" + t,
                "https://t.me/share/url?url=" + u + "&text=" + t,
                "mailto:?subject=" + t + "&body=" + u);
    }
}
