package io.iton.advert;

import java.util.List;

/**
 * A message for the {@link Outbox}: plain text always (user text in it is never read as HTML),
 * an optional HTML alternative, and attachments.
 */
public record OutgoingMail(String to, String subject, String text, String html, List<MailAttachment> attachments) {

    public OutgoingMail {
        if (to == null || to.isBlank() || to.contains("\r") || to.contains("\n")) {
            throw new IllegalArgumentException("a mail needs one recipient");
        }
        if (subject == null || text == null) {
            throw new IllegalArgumentException("a mail needs a subject and a text");
        }
        // a line break in a header would start another header
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String text, List<MailAttachment> attachments) {
        this(to, subject, text, null, attachments);
    }
}
