package io.iton.advert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what is due in the outbox, one message at a time: a success marks it SENT, a failure
 * counts an attempt and sets the next one after a doubling wait, and the last allowed failure
 * marks it FAILED. Each outcome is its own small write, so a crash mid-batch loses nothing.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository repository;
    private final ObjectProvider<JavaMailSender> mail;
    private final AdvertProperties properties;
    private final Clock clock;

    OutboxSender(OutboxRepository repository, ObjectProvider<JavaMailSender> mail, AdvertProperties properties,
                 Clock clock) {
        this.repository = repository;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the messages due now; answers how many were sent. Without a mail server, none. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (OutboxRepository.Due due : repository.due(clock.instant(), properties.outboxBatch())) {
            if (send(sender, due)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxRepository.Due due) {
        int attempts = due.attempts() + 1;
        try {
            sender.send(message(sender, due));
            repository.markSent(due.id(), attempts, clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            boolean last = attempts >= properties.outboxMaxAttempts();
            var next = clock.instant().plus(properties.retryAfter(attempts));
            repository.markAttemptFailed(due.id(), attempts, last ? MailStatus.FAILED : MailStatus.PENDING, next,
                    describe(e));
            log.warn("Mail {} to {} not sent (attempt {}{}): {}", due.id(), due.recipient(), attempts,
                    last ? ", giving up" : "", describe(e));
            return false;
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxRepository.Due due) throws MessagingException {
        var attachments = repository.attachments(due.id());
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, !attachments.isEmpty() || due.html() != null,
                StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mailFrom());
        helper.setTo(due.recipient());
        helper.setSubject(due.subject());
        if (due.html() == null) {
            helper.setText(due.text());
        } else {
            helper.setText(due.text(), due.html());
        }
        for (MailAttachment a : attachments) {
            helper.addAttachment(a.fileName(), new ByteArrayResource(a.bytes()), a.contentType());
        }
        return message;
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
