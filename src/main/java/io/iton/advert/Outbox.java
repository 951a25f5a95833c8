package io.iton.advert;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * The one way the application sends mail: {@link #enqueue} writes the message in the caller's
 * transaction (so a message exists exactly when what caused it was stored), and a scheduled job
 * ({@link OutboxJob}) sends it over SMTP, retrying with back-off. Without a mail server configured
 * messages wait, visibly, as PENDING.
 */
@Service
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    Outbox(OutboxRepository repository, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.repository = repository;
        this.mail = mail;
        this.clock = clock;
    }

    /** Queues a message for sending; answers its id in the outbox. */
    @Transactional
    public long enqueue(OutgoingMail mail) {
        return repository.insert(mail, clock.instant());
    }

    /** Whether a mail server is configured ({@code spring.mail.host}); without one nothing leaves. */
    public boolean canSend() {
        return mail.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(MailStatus status, PageRequest page) {
        return Page.of(repository.list(status, (int) page.offset(), page.size()), page, repository.count(status));
    }

    @Transactional(readOnly = true)
    public long count(MailStatus status) {
        return repository.count(status);
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> entries(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** Puts a FAILED message back in the queue, due now. */
    @Transactional
    public void retry(long id) {
        SalesRights.require("retrying mail");
        repository.find(id).orElseThrow(() -> new NotFound("mail " + id));
        repository.retry(id, clock.instant());
    }

    /** Replaces recipient, subject and bodies of these messages, and drops their attachments (privacy). */
    @Transactional
    void forget(Collection<Long> ids, String placeholder) {
        repository.forget(ids, placeholder);
    }
}
