package io.iton.advert;

/** Where a message in the outbox is: waiting (to be sent or retried), sent, or given up on. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
