package io.iton.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void keepsTheAllowList() {
        String html = "<h2>רקע</h2><p>פעילות <strong>צה\"ל</strong> <em>בדרום</em> <a href=\"https://example.org/a\">קישור</a></p>"
                + "<ul><li>א</li></ul><ol><li>ב</li></ol><blockquote><p>ציטוט</p></blockquote>"
                + "<figure><img src=\"/media/1.jpg\" alt=\"תמונה\"><figcaption>כיתוב</figcaption></figure><h3>משנה</h3><p>שורה<br>שורה</p>";
        String clean = sanitizer.sanitize(html);
        for (String tag : new String[] {"<h2>", "<strong>", "<em>", "<a href=\"https://example.org/a\"", "<ul>", "<ol>",
                "<li>", "<blockquote>", "<figure>", "<img src=\"/media/1.jpg\" alt=\"תמונה\"", "<figcaption>", "<h3>", "<br"}) {
            assertThat(clean).contains(tag);
        }
    }

    @Test
    void removesScriptsHandlersAndDangerousUrls() {
        String clean = sanitizer.sanitize("<p onclick=\"x()\">שלום<script>alert(1)</script></p>"
                + "<img src=x onerror=alert(1) alt=a><a href=\"javascript:alert(1)\">קישור</a>"
                + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style><p style=\"color:red\">אדום</p>");
        assertThat(clean).doesNotContain("script", "alert", "onclick", "onerror", "javascript:", "iframe", "style");
        assertThat(clean).contains("שלום", "קישור", "אדום");
    }

    @Test
    void mapsPastedMarkupOntoTheAllowList() {
        String clean = sanitizer.sanitize("<h1>כותרת</h1><p><b>מודגש</b> <i>נטוי</i></p><h4>קטן</h4><div><span>טקסט</span></div>");
        assertThat(clean).contains("<h2>כותרת</h2>", "<strong>מודגש</strong>", "<em>נטוי</em>", "<h3>קטן</h3>", "טקסט")
                .doesNotContain("<h1", "<b>", "<i>", "<div", "<span");
    }

    @Test
    void knowsWhenNothingIsLeft() {
        assertThat(sanitizer.isEmpty(sanitizer.sanitize("<script>alert(1)</script>"))).isTrue();
        assertThat(sanitizer.isEmpty(sanitizer.sanitize("<p> &nbsp; </p>"))).isTrue();
        assertThat(sanitizer.isEmpty(sanitizer.sanitize("<p>טקסט</p>"))).isFalse();
        assertThat(sanitizer.isEmpty(sanitizer.sanitize("<img src=\"/a.jpg\" alt=\"\">"))).isFalse();
    }
}
