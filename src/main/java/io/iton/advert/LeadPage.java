package io.iton.advert;

import java.util.List;
import java.util.Map;

/**
 * {@code /newsroom/leads/{id}}: one lead, what may be done to it now, and its history.
 *
 * @param moves       the statuses it may be moved to, with their labels
 * @param articleUrl  the newsroom page of the sponsored article, or {@code null}
 * @param candidates  articles found for linking (a won lead without one), by the words searched
 * @param mayAnonymize whether this user may anonymize it now (an administrator, past the retention period)
 * @param quotes      the quotes made for it, newest first
 */
public record LeadPage(Lead lead, String status, String received, String receivedMachine, String budget,
                       String dates, List<LeadsPage.Option> moves, List<LeadsPage.Option> assignees,
                       List<HistoryRow> history, List<MailRow> mails, String articleTitle, String articleUrl,
                       String articleQuery, List<LeadsPage.Option> candidates, boolean mayAnonymize,
                       List<Quote> quotes, Map<String, String> errors, String notice) {

    public record HistoryRow(String when, String whenMachine, String who, String text, String note) {
    }

    public record MailRow(String purpose, String recipient, String status, int attempts, String lastError) {
    }

    public boolean mayLinkArticle() {
        return lead.status() == LeadStatus.WON && lead.articleId() == null && !lead.anonymized();
    }

    public String money(long agorot) {
        return Shekels.format(agorot);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
