package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CachePropertiesTest {

    @Test
    void aBudgetGivenIsTheBudget() {
        assertThat(new CacheProperties(true, 10_000_000, "public", "").budget()).isEqualTo(10_000_000);
    }

    @Test
    void noBudgetGivenIsAnEighthOfTheHeapAtLeast64MegabytesAndAtMostHalf() {
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(new CacheProperties(true, 0, "public", "").budget())
                .isEqualTo(Math.min(heap / 2, Math.max(heap / 8, CacheProperties.SMALLEST_BUDGET)))
                .isLessThanOrEqualTo(heap / 2);
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThatThrownBy(() -> new CacheProperties(true, -1, "public", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iton.cache.max-bytes");
    }
}
