package io.iton.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** WordPress content rules, one each: wpautop, block comments, caption, gallery, unknown shortcodes. */
class WordPressContentTest {

    private static final WordPressContent.Attachments NONE = new WordPressContent.Attachments() {
        @Override
        public String ourSrc(String oldUrl) {
            return oldUrl.endsWith("/2025/03/rain.jpg") || oldUrl.endsWith("/2025/03/rain-300x200.jpg")
                    ? "/media/1-abc/1024.jpg" : null;
        }

        @Override
        public List<WordPressContent.Shown> gallery(long postId, List<Long> ids) {
            return postId == 7 ? List.of(new WordPressContent.Shown("/media/2-x/1024.jpg", "חוף", "בים")) : List.of();
        }
    };

    @Test
    void bareParagraphsBecomeParagraphsAndSingleBreaksBr() {
        assertThat(WordPressContent.autop("צה\"ל הודיע.\n\nשורה\nשנייה"))
                .isEqualTo("<p>צה\"ל הודיע.</p>\n<p>שורה<br />\nשנייה</p>");
    }

    @Test
    void blockElementsAreNotWrapped() {
        assertThat(WordPressContent.autop("פתיח\n\n<ul>\n<li>א</li>\n</ul>\n\n<h2>כותרת</h2>"))
                .isEqualTo("<p>פתיח</p>\n<ul>\n<li>א</li>\n</ul>\n<h2>כותרת</h2>");
    }

    @Test
    void blockEditorCommentsGoAndItsParagraphsStay() {
        var cleaned = WordPressContent.clean("<!-- wp:paragraph {\"x\":1} -->\n<p>שלום</p>\n<!-- /wp:paragraph -->", 1, NONE);
        assertThat(cleaned.html()).isEqualTo("\n<p>שלום</p>\n");
    }

    @Test
    void aCaptionBecomesAFigurePointingAtTheLibrary() {
        var cleaned = WordPressContent.clean("[caption id=\"attachment_9\" width=\"300\"]<img src=\"https://old.example/"
                + "wp-content/uploads/2025/03/rain-300x200.jpg\" alt=\"גשם\" /> גשם בכנרת[/caption]", 1, NONE);
        assertThat(cleaned.html()).isEqualTo("<figure><img src=\"/media/1-abc/1024.jpg\" alt=\"גשם\"><figcaption>"
                + "גשם בכנרת</figcaption></figure>");
    }

    @Test
    void aGalleryBecomesFiguresAndAnUnknownShortcodeIsNamedAndKept() {
        var cleaned = WordPressContent.clean("[gallery columns=\"2\"]\n\n[contact-form-7 id=\"3\"]", 7, NONE);
        assertThat(cleaned.html()).contains("<figure><img src=\"/media/2-x/1024.jpg\" alt=\"חוף\"><figcaption>בים"
                + "</figcaption></figure>", "[contact-form-7 id=\"3\"]");
        assertThat(cleaned.unknownShortcodes()).containsExactly("contact-form-7");
        assertThat(WordPressContent.clean("[gallery]", 8, NONE).emptyGalleries()).isEqualTo(1);
    }

    @Test
    void oldAddressesAreStoredDecodedWithoutTheirSlash() {
        assertThat(OldPaths.ofLink("https://x.co.il/2025/03/01/%D7%A6%D7%94%D7%9C/"))
                .isEqualTo(OldPaths.of("/2025/03/01/%d7%a6%d7%94%d7%9c", null)).isEqualTo("/2025/03/01/צהל");
        assertThat(OldPaths.ofLink("https://x.co.il/blog/?p=12")).isEqualTo("/?p=12");
        assertThat(OldPaths.of("/", "page=2")).isNull();
    }

    @Test
    void theGmtTimeIsTheInstantAndADraftsLocalTimeIsReadInTheSitesZone() {
        var zone = java.time.ZoneId.of("Asia/Jerusalem");
        assertThat(PostDates.instant("2025-03-01 15:49:00", "2025-03-01 17:49:00", zone))
                .isEqualTo(java.time.Instant.parse("2025-03-01T15:49:00Z"));
        assertThat(PostDates.instant("0000-00-00 00:00:00", "2025-07-01 12:00:00", zone))
                .isEqualTo(java.time.Instant.parse("2025-07-01T09:00:00Z"));
    }
}
