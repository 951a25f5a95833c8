package io.iton.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.iton.article.ArticleEvents.ArticlePublished;
import io.iton.shared.DbTime;
import io.iton.support.Engine;
import io.iton.support.TestDbs;

/**
 * A node that starts while another node's change is being committed: the change's id was handed
 * out before the last id the starting node sees, and it commits afterwards. The node must still
 * replay it (its page cache and search index would otherwise keep the old article until its next
 * change).
 */
class ChangeFeedStartIT {

    private static final TestDbs dbs = new TestDbs();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @AfterAll
    static void drop() {
        dbs.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aChangeCommittedJustAfterTheNodeStartedIsReplayed(Engine engine) throws Exception {
        var db = dbs.get(engine);
        ChangeLogRepository repository = new ChangeLogRepository(db.jdbc());
        try (Connection slow = db.dataSource().getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO change_log (node, event_type, payload, created_at) VALUES ('other', ?, ?, ?)""")) {
                insert.setString(1, "ArticlePublished");
                insert.setString(2, "{\"articleId\":4242,\"actorId\":null}");
                insert.setObject(3, DbTime.toDb(clock.instant()));
                insert.executeUpdate();  // its id is taken now; the row is not visible until the commit
            }
            repository.append("other", "ArticlePublished", "{\"articleId\":4343,\"actorId\":null}", clock.instant());

            List<Object> replayed = new ArrayList<>();
            ChangeFeed starting = new ChangeFeed(repository, replayed::add,
                    new ClusterProperties("starting", Duration.ofMillis(500), Duration.ofDays(1)), clock);
            slow.commit();
            starting.poll();

            assertThat(replayed).contains(new ArticlePublished(4242, null));
        }
    }
}
