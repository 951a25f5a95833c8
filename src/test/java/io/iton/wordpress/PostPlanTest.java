package io.iton.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** WordPress's publish and modified times to instants, in Israel's winter and summer time. */
class PostPlanTest {

    private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String NONE = "0000-00-00 00:00:00";

    private static Wxr.Item post(String status, String modified, String modifiedGmt) {
        return new Wxr.Item(1, "כותרת", "", "", "dana", "<p>גוף</p>", "", 7, "2025-03-01 17:49:00",
                "2025-03-01 15:49:00", modified, modifiedGmt, "slug", status, "post", "", false, 0, List.of(),
                Map.of(), "", List.of());
    }

    @Test
    void theGmtModifiedTimeIsTheInstant() {
        PostPlan plan = PostPlan.of(post("publish", "2025-03-01 19:30:00", "2025-03-01 17:30:00"), ISRAEL, NOW);
        assertThat(plan.publishAt()).isEqualTo(Instant.parse("2025-03-01T15:49:00Z"));
        assertThat(plan.modifiedAt()).isEqualTo(Instant.parse("2025-03-01T17:30:00Z"));
    }

    @Test
    void withoutItTheLocalTimeIsReadInWinterOrSummerTime() {
        assertThat(PostPlan.of(post("publish", "2025-01-15 12:00:00", NONE), ISRAEL, NOW).modifiedAt())
                .as("IST, +02:00").isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        assertThat(PostPlan.of(post("publish", "2025-07-15 12:00:00", NONE), ISRAEL, NOW).modifiedAt())
                .as("IDT, +03:00").isEqualTo(Instant.parse("2025-07-15T09:00:00Z"));
        assertThat(PostPlan.of(post("publish", "2025-10-26 01:30:00", ""), ISRAEL, NOW).modifiedAt())
                .as("the hour that comes twice: the earlier").isEqualTo(Instant.parse("2025-10-25T22:30:00Z"));
    }

    @Test
    void noModifiedTimeOrAPostThatIsNotPublicHasNone() {
        assertThat(PostPlan.of(post("publish", "", ""), ISRAEL, NOW).modifiedAt()).isNull();
        assertThat(PostPlan.of(post("publish", NONE, NONE), ISRAEL, NOW).modifiedAt()).isNull();
        assertThat(PostPlan.of(post("draft", "2025-03-02 10:00:00", "2025-03-02 08:00:00"), ISRAEL, NOW).modifiedAt())
                .isNull();
    }
}
