package io.iton.advert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A price quote for one lead, with its number ({@code 2026-0001}), the requester it is addressed
 * to (copied from the lead when it was made), its lines and totals, and when it was sent.
 */
public record Quote(long id, String number, long leadId, QuoteStatus status, String recipientName,
                    String recipientCompany, String recipientEmail, LocalDate issuedOn, LocalDate validUntil,
                    String notes, List<QuoteLine> lines, QuoteTotals totals, Instant createdAt, Instant sentAt) {

    public Quote {
        lines = List.copyOf(lines);
    }

    /** The file name of its PDF: {@code quote-2026-0001.pdf}. */
    public String pdfFileName() {
        return "quote-" + number + ".pdf";
    }

    /** The quote after it was mailed (again): sent, at this instant. */
    Quote sent(Instant at) {
        return new Quote(id, number, leadId, QuoteStatus.SENT, recipientName, recipientCompany, recipientEmail, issuedOn,
                validUntil, notes, lines, totals, createdAt, at);
    }
}
