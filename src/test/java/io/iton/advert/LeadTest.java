package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A lead guards its own status: only the moves the desk may make, quotes only while it is open, articles only once won. */
class LeadTest {

    private static Lead lead(LeadStatus status) {
        return new Lead(1, "AD-2026-ABCDEFGH", status, null, "דנה", "חברה", "a@b.co.il", "+972507654321", "050-7654321",
                List.of(), null, null, null, "", null, null, Instant.now(), null, 0);
    }

    @Test
    void legalMovesPassAndOthersAreRefused() {
        assertThat(lead(LeadStatus.NEW).moveTo(LeadStatus.CONTACTED).status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(lead(LeadStatus.QUOTE_SENT).moveTo(LeadStatus.WON).status()).isEqualTo(LeadStatus.WON);
        assertThat(lead(LeadStatus.SPAM).moveTo(LeadStatus.NEW).status()).isEqualTo(LeadStatus.NEW);
        assertThatThrownBy(() -> lead(LeadStatus.NEW).moveTo(LeadStatus.WON)).isInstanceOf(IllegalLeadTransition.class);
        assertThatThrownBy(() -> lead(LeadStatus.WON).moveTo(LeadStatus.LOST)).isInstanceOf(IllegalLeadTransition.class);
        assertThatThrownBy(() -> lead(LeadStatus.SPAM).moveTo(LeadStatus.WON)).isInstanceOf(IllegalLeadTransition.class);
    }

    @Test
    void markingSpamByHandSaysSoAndLeavingSpamClearsTheReason() {
        Lead spam = lead(LeadStatus.NEW).moveTo(LeadStatus.SPAM);
        assertThat(spam.spamReason()).isEqualTo("MARKED");
        assertThat(spam.moveTo(LeadStatus.NEW).spamReason()).isNull();
    }

    @Test
    void aQuoteMovesOpenLeadsOnlyAndARevisedQuoteKeepsTheStatus() {
        assertThat(lead(LeadStatus.NEW).quoteSent().status()).isEqualTo(LeadStatus.QUOTE_SENT);
        assertThat(lead(LeadStatus.CONTACTED).quoteSent().status()).isEqualTo(LeadStatus.QUOTE_SENT);
        assertThat(lead(LeadStatus.QUOTE_SENT).quoteSent().status()).isEqualTo(LeadStatus.QUOTE_SENT);
        assertThatThrownBy(() -> lead(LeadStatus.LOST).quoteSent()).isInstanceOf(IllegalLeadTransition.class);
        assertThatThrownBy(() -> lead(LeadStatus.SPAM).quoteSent()).isInstanceOf(IllegalLeadTransition.class);
    }

    @Test
    void onlyAWonLeadSponsorsAnArticle() {
        assertThat(lead(LeadStatus.WON).linkArticle(7).articleId()).isEqualTo(7L);
        assertThatThrownBy(() -> lead(LeadStatus.QUOTE_SENT).linkArticle(7)).isInstanceOf(IllegalLeadTransition.class);
    }
}
