package io.iton.advert;

/**
 * Which leads the inbox lists; every part is optional ({@code null}: any). Spam is left out
 * unless asked for by status, so the inbox shows the work and spam waits under its own filter.
 *
 * @param text words to find in the reference, name, company, e-mail, phone or message
 */
public record LeadFilter(LeadStatus status, Long assigneeId, String text) {

    public static final LeadFilter ALL = new LeadFilter(null, null, null);

    public LeadFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
