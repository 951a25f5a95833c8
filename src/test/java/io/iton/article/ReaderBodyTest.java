package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.iton.shared.SiteProperties;

class ReaderBodyTest {

    private final ReaderBody body = new ReaderBody(new SiteProperties("עיתון", URI.create("https://news.example"),
            java.time.ZoneId.of("Asia/Jerusalem"), "uuuu-MM-dd HH:mm:ss", 10, false));

    @Test
    void sponsoredLinksToOtherSitesSaySponsored() {
        String html = "<p>הצעה <a href=\"https://shop.example/x?a=1&amp;b=2\">כאן</a>"
                + " ו<a href=\"https://news.example/article/1/x\">אצלנו</a> ו<a href=\"/tag/x\">תג</a></p>";
        String marked = body.of(html, true);
        assertThat(marked).contains("<a href=\"https://shop.example/x?a=1&amp;b=2\" rel=\"sponsored noopener\">כאן</a>")
                .contains("<a href=\"https://news.example/article/1/x\">אצלנו</a>")
                .contains("<a href=\"/tag/x\">תג</a>");
    }

    @Test
    void editorialBodiesAndBodiesWithoutLinksAreUntouched() {
        String html = "<p>צה\"ל <a href=\"https://other.example\">קישור</a></p>";
        assertThat(body.of(html, false)).isSameAs(html);
        String plain = "<p>בלי קישורים</p>";
        assertThat(body.of(plain, true)).isSameAs(plain);
        assertThat(body.of(null, true)).isNull();
    }

    @Test
    void mailtoLinksAreNotOutbound() {
        String html = "<p><a href=\"mailto:ads@news.example\">כתבו לנו</a></p>";
        assertThat(body.of(html, true)).isEqualTo(html);
    }
}
