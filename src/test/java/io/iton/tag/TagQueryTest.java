package io.iton.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms an editor's query takes when looking for a tag by its slug. */
class TagQueryTest {

    @Test
    void quotesNiqqudAndCaseMakeOneForm() {
        assertThat(TagQuery.of("צה\"ל").forms()).first().isEqualTo("צהל");
        assertThat(TagQuery.of("צה״ל").forms()).first().isEqualTo("צהל");
        assertThat(TagQuery.of("HTS").forms()).containsExactly("hts");
    }

    @Test
    void upToThreeLeadingPrefixLettersAreAlsoTriedAway() {
        assertThat(TagQuery.of("בצה\"ל").forms()).containsExactly("בצהל", "צהל");
        assertThat(TagQuery.of("וכשצה״ל").forms()).containsExactly("וכשצהל", "כשצהל", "שצהל", "צהל");
        assertThat(TagQuery.of("רוסיה").forms()).containsExactly("רוסיה");
    }

    @Test
    void aStemOfFewerThanTwoLettersIsNotTried() {
        assertThat(TagQuery.of("בל").forms()).containsExactly("בל");
        assertThat(TagQuery.of("ב").forms()).containsExactly("ב");
    }

    @Test
    void nothingToSearchForIsEmpty() {
        assertThat(TagQuery.of("  \"' ").isEmpty()).isTrue();
        assertThat(TagQuery.of("").isEmpty()).isTrue();
    }

    @Test
    void patternsFillEverySlotRepeatingTheFirstForm() {
        assertThat(TagQuery.of("בצהל").patterns("%", "%")).containsExactly("%בצהל%", "%צהל%", "%בצהל%", "%בצהל%");
    }
}
