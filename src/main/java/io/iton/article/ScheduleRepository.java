package io.iton.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;

/** What the publishing job reads and writes: due articles, its runs, and missed schedules. */
@Repository
class ScheduleRepository {

    /** A scheduled article whose time has come, with the version the job read. */
    record Due(long id, Instant dueAt, int version) {
    }

    static final String JOB = "scheduled-publishing";

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Due> due(Instant now) {
        return jdbc.sql("""
                        SELECT id, published_at, version FROM article
                         WHERE status = 'SCHEDULED' AND published_at <= :now ORDER BY published_at, id""")
                .param("now", DbTime.toDb(now))
                .query((rs, n) -> new Due(rs.getLong("id"), DbTime.fromDb(rs, "published_at"), rs.getInt("version")))
                .list();
    }

    /**
     * Moves one due article to PUBLISHED only if it is still scheduled for that time at that
     * version: a second node, or a second run, that read the same row changes nothing.
     */
    boolean markPublished(Due due) {
        return jdbc.sql("""
                        UPDATE article SET status = 'PUBLISHED', version = version + 1
                         WHERE id = :id AND status = 'SCHEDULED' AND version = :version""")
                .param("id", due.id()).param("version", due.version()).update() == 1;
    }

    void recordMissed(long articleId, Instant dueAt, Instant publishedAt) {
        jdbc.sql("INSERT INTO missed_schedule (article_id, due_at, published_at) VALUES (:id, :dueAt, :publishedAt)")
                .param("id", articleId).param("dueAt", DbTime.toDb(dueAt)).param("publishedAt", DbTime.toDb(publishedAt))
                .update();
    }

    List<MissedSchedule> missedSince(Instant since) {
        return jdbc.sql("""
                        SELECT m.article_id, a.title, m.due_at, m.published_at
                          FROM missed_schedule m JOIN article a ON a.id = m.article_id
                         WHERE m.published_at >= :since ORDER BY m.published_at DESC, m.id DESC""")
                .param("since", DbTime.toDb(since))
                .query((rs, n) -> new MissedSchedule(rs.getLong("article_id"), rs.getString("title"),
                        DbTime.fromDb(rs, "due_at"), DbTime.fromDb(rs, "published_at")))
                .list();
    }

    long countMissedSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM missed_schedule WHERE published_at >= :since")
                .param("since", DbTime.toDb(since)).query(Long.class).single();
    }

    void recordRun(Instant at) {
        jdbc.sql("UPDATE publishing_run SET last_run_at = :at WHERE job = :job")
                .param("at", DbTime.toDb(at)).param("job", JOB).update();
    }

    Optional<Instant> lastRun() {
        return jdbc.sql("SELECT last_run_at FROM publishing_run WHERE job = :job").param("job", JOB)
                .query((rs, n) -> Optional.ofNullable(DbTime.fromDb(rs, "last_run_at"))).optional()
                .flatMap(last -> last);
    }
}
