package io.iton.advert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

/** The {@code mail_outbox} and {@code mail_attachment} tables. */
@Repository
class OutboxRepository {

    /** A message due for sending, with everything needed to send it. */
    record Due(long id, String recipient, String subject, String text, String html, int attempts) {
    }

    private static final String ENTRY_COLUMNS = """
            m.id, m.recipient, m.subject, m.status, m.attempts, m.next_attempt_at, m.last_error, m.created_at,
            m.sent_at, (SELECT COUNT(*) FROM mail_attachment a WHERE a.mail_id = m.id) AS attachments""";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OutgoingMail mail, Instant now) {
        long id = GeneratedId.of(jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, text_body, html_body, status, attempts,
                                                 next_attempt_at, created_at)
                        VALUES (:to, :subject, :text, :html, 'PENDING', 0, :now, :now)""")
                .param("to", mail.to()).param("subject", mail.subject()).param("text", mail.text())
                .param("html", mail.html()).param("now", DbTime.toDb(now)));
        int position = 0;
        for (MailAttachment a : mail.attachments()) {
            jdbc.sql("""
                            INSERT INTO mail_attachment (mail_id, position, file_name, content_type, bytes)
                            VALUES (:mail, :position, :name, :type, :bytes)""")
                    .param("mail", id).param("position", position++).param("name", a.fileName())
                    .param("type", a.contentType()).param("bytes", a.bytes()).update();
        }
        return id;
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, recipient, subject, text_body, html_body, attempts FROM mail_outbox
                         WHERE status = 'PENDING' AND next_attempt_at <= :now
                         ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", DbTime.toDb(now)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts")))
                .list();
    }

    List<MailAttachment> attachments(long mailId) {
        return jdbc.sql("""
                        SELECT file_name, content_type, bytes FROM mail_attachment
                         WHERE mail_id = :mail ORDER BY position""")
                .param("mail", mailId)
                .query((rs, n) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("bytes")))
                .list();
    }

    void markSent(long id, int attempts, Instant at) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', attempts = :attempts, sent_at = :at, last_error = NULL
                         WHERE id = :id AND status = 'PENDING'""")
                .param("id", id).param("attempts", attempts).param("at", DbTime.toDb(at)).update();
    }

    void markAttemptFailed(long id, int attempts, MailStatus status, Instant next, String error) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = :status, attempts = :attempts, next_attempt_at = :next,
                               last_error = :error
                         WHERE id = :id AND status = 'PENDING'""")
                .param("id", id).param("status", status.name()).param("attempts", attempts)
                .param("next", DbTime.toDb(next)).param("error", error).update();
    }

    /** A failed message goes back in the queue, due now, with its count of attempts kept. */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = :now
                         WHERE id = :id AND status = 'FAILED'""")
                .param("id", id).param("now", DbTime.toDb(now)).update() == 1;
    }

    List<OutboxEntry> list(MailStatus status, int offset, int limit) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + """
                         FROM mail_outbox m
                        WHERE (CAST(:status AS VARCHAR(20)) IS NULL OR m.status = :status)
                        ORDER BY m.created_at DESC, m.id DESC LIMIT :limit OFFSET :offset""")
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query(OutboxRepository::entry).list();
    }

    long count(MailStatus status) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM mail_outbox
                         WHERE (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)""")
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM mail_outbox m WHERE m.id = :id")
                .param("id", id).query(OutboxRepository::entry).optional();
    }

    List<OutboxEntry> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM mail_outbox m WHERE m.id IN (:ids) ORDER BY m.id")
                .param("ids", ids).query(OutboxRepository::entry).list();
    }

    /** Replaces the recipient and the bodies of these messages (privacy); a pending one will not be sent. */
    void forget(Collection<Long> ids, String placeholder) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM mail_attachment WHERE mail_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("""
                        UPDATE mail_outbox SET recipient = :p, subject = :p, text_body = :p, html_body = NULL,
                               status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END,
                               last_error = CASE WHEN status = 'PENDING' THEN :p ELSE last_error END
                         WHERE id IN (:ids)""")
                .param("p", placeholder).param("ids", ids).update();
    }

    private static OutboxEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                DbTime.fromDb(rs, "next_attempt_at"), rs.getString("last_error"), DbTime.fromDb(rs, "created_at"),
                DbTime.fromDb(rs, "sent_at"), rs.getInt("attachments"));
    }
}
