package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CachePropertiesTest {

    @Test
    void aBudgetGivenIsTheBudget() {
        assertThat(new CacheProperties(true, 10_000_000, "public", "").budget()).isEqualTo(10_000_000);
    }

    @Test
    void noBudgetGivenIsAQuarterOfTheHeapButNeverLessThan64Megabytes() {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        assertThat(new CacheProperties(true, 0, "public", "").budget())
                .isEqualTo(Math.max(quarter, CacheProperties.SMALLEST_BUDGET))
                .isGreaterThanOrEqualTo(64L << 20);
    }
}
