package io.iton.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HebrewNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "צה\"ל     | צה״ל",
            "צה״ל      | צה״ל",
            "צה“ל      | צה״ל",
            "ארה\"ב    | ארה״ב",
            "ג'יהאד    | ג׳יהאד",
            "ג׳יהאד    | ג׳יהאד",
            "ג’יהאד    | ג׳יהאד"})
    void asciiAndTypographicQuotesBecomeGereshAndGershayim(String typed, String folded) {
        assertThat(HebrewNormalizer.normalize(typed)).isEqualTo(folded);
    }

    @Test
    void vowelPointsAndCantillationGoButPunctuationInTheBlockStays() {
        assertThat(HebrewNormalizer.normalize("שָׁלוֹם")).isEqualTo("שלום");
        assertThat(HebrewNormalizer.normalize("בְּרֵאשִׁ֖ית")).isEqualTo("בראשית");
        assertThat(HebrewNormalizer.normalize("בין־לאומי")).isEqualTo("בין־לאומי");
    }

    @Test
    void otherTextIsUntouched() {
        assertThat(HebrewNormalizer.normalize("HTS 7 רוסיה")).isEqualTo("HTS 7 רוסיה");
    }
}
