package io.iton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ישראל מחזקת את קשריה עם רוסיה         | ישראל-מחזקת-את-קשריה-עם-רוסיה",
            "פעילות צה\"ל בדרום סוריה                | פעילות-צהל-בדרום-סוריה",
            "פעילות צה״ל בדרום סוריה                 | פעילות-צהל-בדרום-סוריה",
            "המורדים הג'יהאדיסטים                    | המורדים-הגיהאדיסטים",
            "כוחות HTS בסוריה                        | כוחות-hts-בסוריה",
            "יחסים מדיניים                           | יחסים-מדיניים",
            "  מאז 7 באוקטובר!!  ,                   | מאז-7-באוקטובר",
            "שָׁלוֹם                                   | שלום",
            "פרו-חמאס                               | פרו-חמאס"})
    void keepsHebrewWordsAndDropsQuotesInsideThem(String text, String slug) {
        assertThat(Slug.from(text)).isEqualTo(slug);
        assertThat(Slug.isValid(slug)).isTrue();
    }

    @Test
    void aLongTitleIsCutAtAWordBoundary() {
        String title = "סדרת הפגישות של שליח נתניהו במוסקבה: כך ישראל מנסה להדק יחסים עם רוסיה ולשמור על סוריה חלשה";
        String slug = Slug.from(title);
        assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").startsWith("סדרת-הפגישות");
        assertThat(title.replace(' ', '-').replace(":", "")).startsWith(slug);
    }

    @Test
    void textWithoutLettersOrDigitsHasNoSlug() {
        assertThat(Slug.from("?!… \"'")).isEmpty();
        assertThat(Slug.isValid("")).isFalse();
        assertThat(Slug.isValid("Upper")).isFalse();
        assertThat(Slug.isValid("עם רווח")).isFalse();
    }

    @Test
    void randomTextNeverBreaksIt() {
        Random random = new Random(5568);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(200); j > 0; j--) {
                text.appendCodePoint(random.nextInt(3) == 0 ? 0x0590 + random.nextInt(0x70) : random.nextInt(0x3000));
            }
            String slug = Slug.from(text.toString());
            assertThat(slug.isEmpty() || Slug.isValid(slug)).as("slug of %s", text).isTrue();
        }
    }
}
