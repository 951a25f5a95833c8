package io.iton.advert;

import java.util.List;

/** {@code /newsroom/outbox}: the mail waiting, sent and given up on, with attempts and the last error. */
public record OutboxPage(List<Row> rows, List<LeadsPage.Option> statuses, boolean canSend, long pending,
                         long failed, String previousUrl, String nextUrl, String position, String notice) {

    public record Row(long id, String recipient, String subject, String status, boolean failed, int attempts,
                      String next, String lastError, String created, String createdMachine, String sent,
                      int attachments) {
    }
}
