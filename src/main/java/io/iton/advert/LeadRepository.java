package io.iton.advert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.Conflict;
import io.iton.shared.DbTime;
import io.iton.shared.GeneratedId;

/** The {@code ad_lead} and {@code ad_lead_event} tables. */
@Repository
class LeadRepository {

    private static final String COLUMNS = """
            id, reference, status, spam_reason, name, company, email, phone, phone_typed, products, date_from,
            date_to, budget, message, assignee_id, article_id, received_at, anonymized_at, version""";

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new lead; answers its id. */
    long insert(Lead lead, String clientAddress) {
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO ad_lead (reference, status, spam_reason, name, company, email, phone, phone_typed,
                                             products, date_from, date_to, budget, message, client_address,
                                             received_at, updated_at)
                        VALUES (:reference, :status, :spamReason, :name, :company, :email, :phone, :phoneTyped,
                                :products, :dateFrom, :dateTo, :budget, :message, :address, :at, :at)""")
                .param("reference", lead.reference()).param("status", lead.status().name())
                .param("spamReason", lead.spamReason()).param("name", lead.name()).param("company", lead.company())
                .param("email", lead.email()).param("phone", lead.phone()).param("phoneTyped", lead.phoneTyped())
                .param("products", String.join("\n", lead.products())).param("dateFrom", lead.dateFrom())
                .param("dateTo", lead.dateTo()).param("budget", lead.budget()).param("message", lead.message())
                .param("address", clientAddress).param("at", DbTime.toDb(lead.receivedAt())));
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM ad_lead WHERE reference = :r").param("r", reference)
                .query(Long.class).single() > 0;
    }

    Optional<Lead> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad_lead WHERE id = :id").param("id", id)
                .query(LeadRepository::lead).optional();
    }

    Optional<Lead> findByReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad_lead WHERE reference = :r").param("r", reference)
                .query(LeadRepository::lead).optional();
    }

    /** Writes status, spam reason, assignee and article, if the row is still at the lead's version. */
    Lead update(Lead lead, Instant at) {
        int changed = jdbc.sql("""
                        UPDATE ad_lead SET status = :status, spam_reason = :spamReason, assignee_id = :assignee,
                               article_id = :article, updated_at = :at, version = version + 1
                         WHERE id = :id AND version = :version""")
                .param("status", lead.status().name()).param("spamReason", lead.spamReason())
                .param("assignee", lead.assigneeId()).param("article", lead.articleId())
                .param("at", DbTime.toDb(at)).param("id", lead.id()).param("version", lead.version()).update();
        if (changed != 1) {
            throw new Conflict("lead " + lead.id() + " changed meanwhile");
        }
        return find(lead.id()).orElseThrow();
    }

    List<Lead> find(LeadFilter filter, long offset, int limit) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad_lead" + where.sql()
                        + " ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(LeadRepository::lead).list();
    }

    long count(LeadFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM ad_lead" + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** Leads received before {@code cutoff} whose personal data is still there. */
    List<Long> notAnonymizedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        SELECT id FROM ad_lead WHERE anonymized_at IS NULL AND received_at < :cutoff
                         ORDER BY received_at, id LIMIT :limit""")
                .param("cutoff", DbTime.toDb(cutoff)).param("limit", limit).query(Long.class).list();
    }

    long countNotAnonymizedBefore(Instant cutoff) {
        return jdbc.sql("SELECT COUNT(*) FROM ad_lead WHERE anonymized_at IS NULL AND received_at < :cutoff")
                .param("cutoff", DbTime.toDb(cutoff)).query(Long.class).single();
    }

    /** Replaces every personal field of one lead; its status, dates and history stay. */
    boolean anonymize(long id, String placeholder, Instant at) {
        return jdbc.sql("""
                        UPDATE ad_lead SET name = :p, company = :p, email = :p, phone = :p, phone_typed = :p,
                               message = :p, client_address = NULL, anonymized_at = :at, updated_at = :at,
                               version = version + 1
                         WHERE id = :id AND anonymized_at IS NULL""")
                .param("p", placeholder).param("at", DbTime.toDb(at)).param("id", id).update() == 1;
    }

    void addEvent(long leadId, Instant at, Long actorId, LeadEventKind kind, LeadStatus from, LeadStatus to,
                  String detail, Long mailId) {
        jdbc.sql("""
                        INSERT INTO ad_lead_event (lead_id, occurred_at, actor_id, kind, from_status, to_status,
                                                   detail, mail_id)
                        VALUES (:lead, :at, :actor, :kind, :from, :to, :detail, :mail)""")
                .param("lead", leadId).param("at", DbTime.toDb(at)).param("actor", actorId)
                .param("kind", kind.name()).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("detail", detail).param("mail", mailId).update();
    }

    List<LeadEvent> events(long leadId) {
        return jdbc.sql("""
                        SELECT id, lead_id, occurred_at, actor_id, kind, from_status, to_status, detail, mail_id
                          FROM ad_lead_event WHERE lead_id = :lead ORDER BY occurred_at, id""")
                .param("lead", leadId)
                .query((rs, n) -> new LeadEvent(rs.getLong("id"), rs.getLong("lead_id"),
                        DbTime.fromDb(rs, "occurred_at"), rs.getObject("actor_id", Long.class),
                        LeadEventKind.valueOf(rs.getString("kind")), status(rs, "from_status"),
                        status(rs, "to_status"), rs.getString("detail"), rs.getObject("mail_id", Long.class)))
                .list();
    }

    /** Replaces the notes of an anonymized lead: they may quote the person. */
    void forgetNotes(long leadId, String placeholder) {
        jdbc.sql("UPDATE ad_lead_event SET detail = :p WHERE lead_id = :lead AND kind = 'NOTE'")
                .param("p", placeholder).param("lead", leadId).update();
    }

    private static LeadStatus status(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : LeadStatus.valueOf(value);
    }

    private static Lead lead(ResultSet rs, int n) throws SQLException {
        String products = rs.getString("products");
        return new Lead(rs.getLong("id"), rs.getString("reference"), LeadStatus.valueOf(rs.getString("status")),
                rs.getString("spam_reason"), rs.getString("name"), rs.getString("company"), rs.getString("email"),
                rs.getString("phone"), rs.getString("phone_typed"),
                products.isEmpty() ? List.of() : Arrays.asList(products.split("\n")),
                rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                rs.getString("budget"), rs.getString("message"), rs.getObject("assignee_id", Long.class),
                rs.getObject("article_id", Long.class), DbTime.fromDb(rs, "received_at"),
                DbTime.fromDb(rs, "anonymized_at"), rs.getInt("version"));
    }

    /** The WHERE clause of a filter: fixed SQL fragments, the filter's values only as parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(LeadFilter filter) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (filter.status() != null) {
                parts.add("status = :status");
                params.put("status", filter.status().name());
            } else {
                parts.add("status <> 'SPAM'");
            }
            if (filter.assigneeId() != null) {
                parts.add("assignee_id = :assignee");
                params.put("assignee", filter.assigneeId());
            }
            if (filter.text() != null) {
                parts.add("""
                        (LOWER(reference) LIKE :text ESCAPE '\\' OR LOWER(name) LIKE :text ESCAPE '\\'
                         OR LOWER(company) LIKE :text ESCAPE '\\' OR LOWER(email) LIKE :text ESCAPE '\\'
                         OR phone LIKE :text ESCAPE '\\' OR LOWER(message) LIKE :text ESCAPE '\\')""");
                params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return new Where(" WHERE " + String.join(" AND ", parts), params);
        }
    }
}
