package io.iton.account;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;
import io.iton.shared.SiteProperties;
import jakarta.mail.MessagingException;

/**
 * Sends a one-time password link, in Hebrew, in UTF-8. Where no mail server is configured
 * ({@code spring.mail.host} unset) the link goes to the log in one line for the operator to pass
 * on. Sending happens off the request, so a reset request takes as long for an unknown e-mail
 * as for a known one, and a slow mail server slows no one.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    /** A reset someone asked for, or the first password of an account an administrator created. */
    enum Purpose { RESET, INVITE }

    private final ObjectProvider<JavaMailSender> mail;
    private final Executor executor;
    private final AccountProperties properties;
    private final SiteProperties site;
    private final Localizer t;

    AccountMail(ObjectProvider<JavaMailSender> mail, @Qualifier("applicationTaskExecutor") Executor executor,
                AccountProperties properties, SiteProperties site, Localizer t) {
        this.mail = mail;
        this.executor = executor;
        this.properties = properties;
        this.site = site;
        this.t = t;
    }

    void sendLink(UserAccount to, String link, Purpose purpose) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("Password reset link for {}: {}", to.email(), link);
            return;
        }
        executor.execute(() -> send(sender, to, link, purpose));
    }

    private void send(JavaMailSender sender, UserAccount to, String link, Purpose purpose) {
        String prefix = purpose == Purpose.RESET ? "reset" : "invite";
        long minutes = properties.passwordResetValidity().toMinutes();
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(to.email());
            helper.setSubject(t.text(prefix + ".mail.subject", site.name()));
            helper.setText(t.text(prefix + ".mail.body", to.displayName(), site.name(), minutes, link));
            sender.send(message);
            log.info("Sent a password link to {}", to.email());
        } catch (MailException | MessagingException e) {
            log.error("Could not mail {} ({}); password reset link for {}: {}", to.email(), e.getMessage(), to.email(), link);
        }
    }
}
