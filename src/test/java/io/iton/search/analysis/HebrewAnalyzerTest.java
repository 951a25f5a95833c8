package io.iton.search.analysis;

import static io.iton.search.analysis.AnalysisSupport.terms;
import static io.iton.search.analysis.HebrewAnalyzer.Mode.ALL;
import static io.iton.search.analysis.HebrewAnalyzer.Mode.EXACT;
import static io.iton.search.analysis.HebrewAnalyzer.Mode.PREFIXES;
import static io.iton.search.analysis.HebrewAnalyzer.Mode.VARIANTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chain on the seed article's own words. "Meets" means a reader typing the query finds a
 * text with the indexed word: some form of the query is among the forms indexed for the word.
 */
class HebrewAnalyzerTest {

    /** The forms a query and an indexed word share in the given mode. */
    private static Set<String> shared(HebrewAnalyzer.Mode mode, String indexed, String query) {
        Set<String> both = new HashSet<>(terms(mode, indexed));
        both.retainAll(terms(mode, query));
        return both;
    }

    @ParameterizedTest(name = "{0} is found by {1} once prefixes are stripped")
    @CsvSource(delimiter = '|', value = {
            "ברוסיה      | רוסיה",
            "לרוסיה      | רוסיה",
            "מרוסיה      | רוסיה",
            "וללחוץ      | ללחוץ",
            "וללחוץ      | לחוץ",
            "שהקרמלין    | הקרמלין",
            "שהקרמלין    | קרמלין",
            "במוסקבה     | מוסקבה",
            "ממוסקבה     | מוסקבה",
            "בסוריה      | סוריה",
            "לסוריה      | סוריה",
            "ובכך        | בכך",
            "לישראל      | ישראל",
            "וישראל      | ישראל",
            "הביטחוניים  | ביטחוניים",
            "בלבנון      | לבנון",
            "ובסוריה     | סוריה",
            "לנתניהו     | נתניהו",
            "כשהממשלה    | ממשלה",
            "וכשהממשלה   | ממשלה",
            "לדמשק       | דמשק",
            "בצה\"ל      | צה״ל",
            "מצה״ל       | צה\"ל",
            "והג'יהאדיסטים | ג׳יהאדיסטים",
            "שבדרום      | דרום",
            "מהחטופים    | חטופים"})
    void prefixedWordsAreFoundByTheirBase(String indexed, String query) {
        assertThat(shared(PREFIXES, indexed, query)).isNotEmpty();
        assertThat(shared(EXACT, indexed, query)).as("not an exact match").isEmpty();
    }

    @ParameterizedTest(name = "{0} keeps its exact form first")
    @CsvSource({"מלחמה", "ביטחון", "שלום", "לבנון", "הרקין", "משטר", "ברית", "כץ", "מוסקבה", "ישראל"})
    void wordsThatOnlyLookPrefixedAreStillIndexedAsThemselves(String word) {
        List<String> forms = terms(PREFIXES, word);
        assertThat(forms.getFirst()).isEqualTo(word);
        assertThat(terms(EXACT, word)).containsExactly(word);
    }

    @ParameterizedTest(name = "{0} ~ {1} by spelling")
    @CsvSource(delimiter = '|', value = {
            "ביטחונית    | בטחונית",
            "ביטחון      | בטחון",
            "שיתוף       | שתוף",
            "שיתופי      | שתופי",
            "ביטחוניות   | בטחוניות",
            "בביטחון     | בטחון",
            "תיאום       | תאום",
            "אירגון      | ארגון"})
    void fullAndDefectiveSpellingMeetOnlyAsVariants(String full, String defective) {
        assertThat(shared(VARIANTS, full, defective)).isNotEmpty();
        assertThat(shared(EXACT, full, defective)).isEmpty();
    }

    @Test
    void acronymsWithEitherQuoteAreOneTokenAndOneTerm() {
        assertThat(terms(EXACT, "פעילות צה\"ל בדרום")).containsExactly("פעילות", "צה״ל", "בדרום");
        assertThat(terms(EXACT, "פעילות צה״ל בדרום")).containsExactly("פעילות", "צה״ל", "בדרום");
        assertThat(terms(EXACT, "ארה\"ב ורוסיה")).containsExactly("ארה״ב", "ורוסיה");
        assertThat(terms(EXACT, "המורדים הג'יהאדיסטים")).containsExactly("המורדים", "הג׳יהאדיסטים");
    }

    @Test
    void quotesAroundAWordAreNotPartOfIt() {
        assertThat(terms(EXACT, "על סוריה \"חלשה\" ולכן")).containsExactly("על", "סוריה", "חלשה", "ולכן");
    }

    @Test
    void latinIsLowerCasedAndNumbersKept() {
        assertThat(terms(EXACT, "כוחות HTS מאז 7 באוקטובר ו-NATO")).containsExactly("כוחות", "hts", "מאז", "7", "באוקטובר", "ו", "nato");
    }

    @Test
    void niqqudIsIgnored() {
        assertThat(terms(EXACT, "שָׁלוֹם עֲלֵיכֶם")).containsExactly("שלום", "עליכם");
    }

    @Test
    void shortWordsAreNotGroundDown() {
        assertThat(terms(PREFIXES, "בגז של הים")).containsExactly("בגז", "של", "הים");
    }

    @Test
    void strippedFormsShareTheExactFormsPosition() {
        try (HebrewAnalyzer analyzer = new HebrewAnalyzer(PREFIXES)) {
            assertThat(terms(analyzer, "לכך שהקרמלין")).containsExactly("לכך", "שהקרמלין", "הקרמלין", "קרמלין");
            assertThat(AnalysisSupport.positions(analyzer, "לכך שהקרמלין")).containsExactly(1, 1, 0, 0);
        }
    }

    @Test
    void highlightingSeesEveryForm() {
        assertThat(terms(ALL, "ביטחוניות")).contains("ביטחוניות", "בטחנת");
        assertThat(terms(ALL, "ברוסיה")).contains("ברוסיה", "רוסיה", "רסה");
    }

    @Test
    void randomTextNeverBreaksAnyMode() {
        Random random = new Random(1948);
        for (HebrewAnalyzer.Mode mode : HebrewAnalyzer.Mode.values()) {
            for (int i = 0; i < 500; i++) {
                StringBuilder text = new StringBuilder();
                for (int j = random.nextInt(300); j > 0; j--) {
                    int kind = random.nextInt(4);
                    text.appendCodePoint(switch (kind) {
                        case 0 -> 0x0590 + random.nextInt(0x78);
                        case 1 -> "\"'״׳ -".charAt(random.nextInt(6));
                        case 2 -> random.nextInt(0x80);
                        default -> random.nextInt(0x2FFFF);
                    });
                }
                assertThat(terms(mode, text.toString())).allMatch(t -> !t.isEmpty());
            }
        }
    }
}
