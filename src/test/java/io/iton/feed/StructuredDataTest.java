package io.iton.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class StructuredDataTest {

    @Test
    void aTitleCannotCloseTheScriptItLivesIn() {
        String json = JsonMapper.builder().build().writeValueAsString(
                java.util.Map.of("headline", "</script><script>alert(1)</script><!-- & \"צה\"ל\""));
        String safe = StructuredData.scriptSafe(json);
        assertThat(safe).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
        assertThat(JsonMapper.builder().build().readTree(safe).get("headline").asString())
                .isEqualTo("</script><script>alert(1)</script><!-- & \"צה\"ל\"");
    }
}
