package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;

import io.iton.shared.PageRequest;
import io.iton.support.TestClock;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail outbox against a real SMTP server in-process: Hebrew subject and body in UTF-8 with
 * the attachment as stored; a server that refuses is retried after doubling waits and given up
 * on, visibly; with no server configured nothing leaves and the messages wait as PENDING.
 */
abstract class OutboxContract extends AdvertTestBase {

    private static final byte[] PDF = "%PDF-1.4 test bytes \u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    AdvertProperties properties;

    @Test
    void aQueuedMessageArrivesInHebrewUtf8WithItsAttachment() throws Exception {
        String to = "reader-" + System.nanoTime() + "@iton.test";
        String text = "שלום,\nמצורפת הצעת המחיר.\n<script>alert(1)</script> & <b>לא מודגש</b>";
        long id = outbox.enqueue(new OutgoingMail(to, "הצעת מחיר מספר Q-2026-0001\r\nBcc: evil@iton.test", text,
                List.of(new MailAttachment("הצעה.pdf", "application/pdf", PDF))));
        assertThat(repository.find(id).orElseThrow().status()).isEqualTo(MailStatus.PENDING);

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);

        assertThat(MAIL.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessagesForDomain(to)[0];
        assertThat(mail.getSubject()).isEqualTo("הצעת מחיר מספר Q-2026-0001 Bcc: evil@iton.test");
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("desk@iton.test");
        MailParts parts = MailParts.of(mail);
        assertThat(parts.texts.get(0).getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(parts.text()).isEqualTo(text);
        assertThat(parts.htmls).as("user text is never sent as HTML").isEmpty();
        assertThat(parts.files).hasSize(1);
        MailParts.File attachment = parts.files.get(0);
        assertThat(attachment.name()).isEqualTo("הצעה.pdf");
        assertThat(attachment.contentType()).startsWith("application/pdf");
        assertThat(attachment.bytes()).isEqualTo(PDF);

        OutboxEntry sent = repository.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
    }

    @Test
    @WithMockUser(roles = "SALES")  // retrying by hand is the desk's
    void aRefusingServerIsRetriedAfterDoublingWaitsThenGivenUpVisibly() throws Exception {
        var clock = new TestClock();
        var refusing = new AdvertProperties("", "desk@iton.test", Duration.ofSeconds(3), "k", 3, Duration.ofHours(1),
                Duration.ofDays(730), 3, Duration.ofMinutes(1), Duration.ofHours(6), 20);
        var failing = new OutboxSender(repository, provider(deadServer()), refusing, clock);
        long id = outbox.enqueue(new OutgoingMail("nobody@iton.test", "נושא", "גוף", List.of()));

        assertThat(failing.sendDue()).isZero();
        OutboxEntry first = repository.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(MailStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(Duration.between(clock.instant(), first.nextAttemptAt()).toSeconds()).isBetween(55L, 60L);

        failing.sendDue();
        assertThat(repository.find(id).orElseThrow().attempts()).as("not due again yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        failing.sendDue();
        OutboxEntry second = repository.find(id).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(Duration.between(clock.instant(), second.nextAttemptAt()).toSeconds()).isBetween(115L, 120L);

        clock.advance(Duration.ofSeconds(121));
        failing.sendDue();
        OutboxEntry given = repository.find(id).orElseThrow();
        assertThat(given.status()).isEqualTo(MailStatus.FAILED);
        assertThat(given.attempts()).isEqualTo(3);
        assertThat(outbox.list(MailStatus.FAILED, PageRequest.first(100)).items()).extracting(OutboxEntry::id).contains(id);

        outbox.retry(id);
        assertThat(repository.find(id).orElseThrow().status()).isEqualTo(MailStatus.PENDING);
        sender.sendDue();
        assertThat(repository.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void withoutAMailServerMessagesWaitAsPending() {
        var none = new OutboxSender(repository, provider(null), properties, new TestClock());
        long id = outbox.enqueue(new OutgoingMail("later@iton.test", "ממתין", "גוף", List.of()));
        assertThat(none.sendDue()).isZero();
        OutboxEntry waiting = repository.find(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.attempts()).isZero();
        assertThat(waiting.createdAt()).isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    }

    @Test
    void backOffDoublesAndStopsAtTheLongestWait() {
        assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.retryAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(properties.retryAfter(40)).isEqualTo(Duration.ofHours(6));
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        var beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mail", sender);
        }
        return beans.getBeanProvider(JavaMailSender.class);
    }

    /** A mail sender pointed at a port where nothing listens: every send is refused at once. */
    private static JavaMailSender deadServer() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return mail;
    }
}
