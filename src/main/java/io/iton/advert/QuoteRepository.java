package io.iton.advert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.iton.shared.GeneratedId;

@Repository
class QuoteRepository {

    private static final String COLUMNS = """
            id, number, lead_id, status, recipient_name, recipient_company, recipient_email, issued_on, valid_until,
            notes, subtotal_agorot, vat_agorot, total_agorot, created_at, sent_at""";

    private final JdbcClient jdbc;

    QuoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Quote q, int year, int seq, Long createdBy) {
        long id = GeneratedId.of(jdbc.sql("""
                        INSERT INTO advert_quote (number, quote_year, seq, lead_id, status, recipient_name, recipient_company,
                                                  recipient_email, issued_on, valid_until, notes, subtotal_agorot,
                                                  vat_agorot, total_agorot, created_by, created_at)
                        VALUES (:number, :year, :seq, :lead, :status, :name, :company, :email, :issued, :valid, :notes,
                                :subtotal, :vat, :total, :createdBy, :createdAt)""")
                .param("number", q.number()).param("year", year).param("seq", seq).param("lead", q.leadId())
                .param("status", q.status().name()).param("name", q.recipientName())
                .param("company", q.recipientCompany()).param("email", q.recipientEmail())
                .param("issued", q.issuedOn()).param("valid", q.validUntil()).param("notes", q.notes())
                .param("subtotal", q.totals().subtotalAgorot()).param("vat", q.totals().vatAgorot())
                .param("total", q.totals().totalAgorot()).param("createdBy", createdBy)
                .param("createdAt", utc(q.createdAt())));
        int position = 0;
        for (QuoteLine line : q.lines()) {
            jdbc.sql("""
                            INSERT INTO advert_quote_line (quote_id, position, product_id, product_name, unit,
                                                           unit_price_agorot, quantity, discount_basis_points,
                                                           vat_basis_points, net_agorot)
                            VALUES (:quote, :position, :product, :name, :unit, :price, :quantity, :discount, :vat, :net)""")
                    .param("quote", id).param("position", ++position).param("product", line.productId())
                    .param("name", line.productName()).param("unit", line.unit().name())
                    .param("price", line.unitPriceAgorot()).param("quantity", line.quantity())
                    .param("discount", line.discountBasisPoints()).param("vat", line.vatBasisPoints())
                    .param("net", line.netAgorot())
                    .update();
        }
        return id;
    }

    Optional<Quote> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advert_quote WHERE id = :id").param("id", id)
                .query((rs, n) -> quote(rs, lines(rs.getLong("id")))).optional();
    }

    /** A lead's quotes, newest first. */
    List<Quote> findByLead(long leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advert_quote WHERE lead_id = :lead ORDER BY id DESC")
                .param("lead", leadId).query((rs, n) -> quote(rs, lines(rs.getLong("id")))).list();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("UPDATE advert_quote SET status = 'SENT', sent_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    private List<QuoteLine> lines(long quoteId) {
        return jdbc.sql("""
                        SELECT product_id, product_name, unit, unit_price_agorot, quantity, discount_basis_points,
                               vat_basis_points
                          FROM advert_quote_line WHERE quote_id = :quote ORDER BY position""")
                .param("quote", quoteId)
                .query((rs, n) -> new QuoteLine(rs.getObject("product_id") == null ? null : rs.getLong("product_id"),
                        rs.getString("product_name"), Product.Unit.valueOf(rs.getString("unit")),
                        rs.getLong("unit_price_agorot"), rs.getInt("quantity"), rs.getInt("discount_basis_points"),
                        rs.getInt("vat_basis_points")))
                .list();
    }

    private static Quote quote(ResultSet rs, List<QuoteLine> lines) throws SQLException {
        return new Quote(rs.getLong("id"), rs.getString("number"), rs.getLong("lead_id"),
                QuoteStatus.valueOf(rs.getString("status")), rs.getString("recipient_name"),
                rs.getString("recipient_company"), rs.getString("recipient_email"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("notes"),
                lines, new QuoteTotals(rs.getLong("subtotal_agorot"), rs.getLong("vat_agorot"), rs.getLong("total_agorot")),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
