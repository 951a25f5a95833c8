package io.iton.advert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to advertise, as stored, with the rules of its status. Every change returns a new
 * lead; the repository writes it only if {@code version} is still the one it was read at.
 *
 * @param reference   what the requester was told, such as {@code AD-2026-7KQ4XMPA}
 * @param spamReason  why it was taken for spam, or {@code null}
 * @param phone       the phone number in E.164 ({@code +972501234567})
 * @param phoneTyped  the phone number as it was typed
 * @param products    the products asked for, by name at the time of the request
 * @param budget      the budget range code chosen, or {@code null}
 * @param assigneeId  the sales account working on it, or {@code null}
 * @param articleId   the sponsored article it was won for, or {@code null}
 * @param anonymizedAt when its personal data was replaced, or {@code null}
 */
public record Lead(
        long id,
        String reference,
        LeadStatus status,
        String spamReason,
        String name,
        String company,
        String email,
        String phone,
        String phoneTyped,
        List<String> products,
        LocalDate dateFrom,
        LocalDate dateTo,
        String budget,
        String message,
        Long assigneeId,
        Long articleId,
        Instant receivedAt,
        Instant anonymizedAt,
        int version) {

    public Lead {
        products = List.copyOf(products);
    }

    /** The lead in another status, if that move is allowed from this one. */
    public Lead moveTo(LeadStatus to) {
        if (!status.next().contains(to)) {
            throw new IllegalLeadTransition(status, to);
        }
        return withStatus(to);
    }

    /**
     * A quote went out: a new or contacted lead is now QUOTE_SENT; one already there stays (a
     * revised quote). Anything else (won, lost, spam) takes no quote.
     */
    public Lead quoteSent() {
        if (status == LeadStatus.QUOTE_SENT) {
            return this;
        }
        if (status != LeadStatus.NEW && status != LeadStatus.CONTACTED) {
            throw new IllegalLeadTransition(status, LeadStatus.QUOTE_SENT);
        }
        return withStatus(LeadStatus.QUOTE_SENT);
    }

    /** Only a won lead sponsors an article. */
    public Lead linkArticle(long articleId) {
        if (status != LeadStatus.WON) {
            throw new IllegalLeadTransition(status, LeadStatus.WON);
        }
        return new Lead(this.id, reference, status, spamReason, name, company, email, phone, phoneTyped, products,
                dateFrom, dateTo, budget, message, assigneeId, articleId, receivedAt, anonymizedAt, version);
    }

    public Lead assignTo(Long accountId) {
        return new Lead(id, reference, status, spamReason, name, company, email, phone, phoneTyped, products,
                dateFrom, dateTo, budget, message, accountId, articleId, receivedAt, anonymizedAt, version);
    }

    public boolean anonymized() {
        return anonymizedAt != null;
    }

    private Lead withStatus(LeadStatus to) {
        return new Lead(id, reference, to, to == LeadStatus.SPAM ? (spamReason != null ? spamReason : SpamReason.MARKED.name()) : null, name, company, email, phone,
                phoneTyped, products, dateFrom, dateTo, budget, message, assigneeId, articleId, receivedAt,
                anonymizedAt, version);
    }
}
