package io.iton.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** What must hold after a node was killed and restarted, against what it had acknowledged. */
public final class CrashChecks {

    private CrashChecks() {
    }

    /**
     * Every article the node acknowledged is in the database as acknowledged: published if its
     * publish was answered, with the title of its last answered save or of a later one that
     * committed while its answer was lost in the crash.
     */
    public static void acknowledgedAreWhole(Map<Long, PublishLoad.Acked> acked, Map<Long, ArticleConsistency.Row> rows) {
        acked.forEach((id, what) -> {
            ArticleConsistency.Row row = rows.get(id);
            assertThat(row).as("acknowledged article " + id + " (" + what.title() + ")").isNotNull();
            if (what.published()) {
                assertThat(row.status()).as("acknowledged publish of " + id).isEqualTo("PUBLISHED");
            }
            assertThat(row.title()).as("article " + id).isIn(what.title(), what.title() + " " + PublishLoad.EDITED);
            assertThat(row.version()).as("article " + id + " version").isGreaterThanOrEqualTo(what.version());
        });
    }

    /** The public API of {@code reader} serves the published articles with their titles, and not the drafts. */
    public static void servedAsInDatabase(NodeClient reader, Map<Long, ArticleConsistency.Row> rows) {
        rows.values().forEach(row -> {
            var answer = reader.http().get("/api/v1/articles/" + row.id());
            if (row.published()) {
                assertThat(answer.statusCode()).as("published article " + row.id()).isEqualTo(200);
                assertThat(answer.body()).contains(row.title());
            } else {
                assertThat(answer.statusCode()).as("unpublished article " + row.id()).isEqualTo(404);
            }
        });
    }
}
