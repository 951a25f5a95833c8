package io.iton.advert;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;
import io.iton.shared.SiteProperties;

/**
 * Receives the {@code /advertise} form. Nothing sent is dropped: a request over the per-address
 * limit, with the hidden field filled, or sent back too fast (or with a forged form time) is
 * stored as SPAM with its reason; a request with mistakes is refused with a message per field
 * (and does not count against the limit); a good one is stored as NEW and announced
 * ({@link LeadReceived}), which queues the mail to the desk and to the requester.
 */
@Service
public class LeadIntake {

    /** What became of a request. */
    public sealed interface Outcome permits Accepted, Throttled {
    }

    /** Stored; the requester is told this reference. */
    public record Accepted(String reference) implements Outcome {
    }

    /** Over the limit for its address: stored as spam, and the requester may try again after the wait. */
    public record Throttled(Duration retryAfter) implements Outcome {
    }

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_STORED_MESSAGE = 50_000;

    private final LeadRepository leads;
    private final RateCard rateCard;
    private final FormTiming timing;
    private final RequestThrottle throttle;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final Clock clock;

    LeadIntake(LeadRepository leads, RateCard rateCard, FormTiming timing, RequestThrottle throttle,
               ApplicationEventPublisher events, SiteProperties site, Clock clock) {
        this.leads = leads;
        this.rateCard = rateCard;
        this.timing = timing;
        this.throttle = throttle;
        this.events = events;
        this.site = site;
        this.clock = clock;
    }

    /** The signed time for a form being shown now. */
    public String newFormToken() {
        return timing.issue();
    }

    @Transactional
    public Outcome receive(LeadRequest request, String clientAddress) {
        Optional<Duration> wait = throttle.take(clientAddress);
        LeadChecks.Outcome checked = LeadChecks.check(request, rateCard.active(), LocalDate.now(clock.withZone(site.timeZone())));
        if (wait.isPresent()) {
            store(checked.clean(), SpamReason.RATE_LIMIT, clientAddress);
            return new Throttled(wait.get());
        }
        // The fill time counts only for a request that is otherwise complete: someone who presses
        // "send" at once on an empty form gets the messages beside the fields, not a fake "sent".
        Optional<SpamReason> spam = !LeadChecks.clean(request.honeypot()).isEmpty() ? Optional.of(SpamReason.HONEYPOT)
                : checked.errors().isEmpty() ? timing.check(request.formToken()) : Optional.empty();
        if (spam.isPresent()) {
            return new Accepted(store(checked.clean(), spam.get(), clientAddress).reference());
        }
        if (!checked.errors().isEmpty()) {
            throttle.giveBack(clientAddress);
            throw new InvalidInput(checked.errors());
        }
        Lead lead = store(checked.clean(), null, clientAddress);
        events.publishEvent(new LeadReceived(lead.id(), lead.reference()));
        return new Accepted(lead.reference());
    }

    private Lead store(LeadChecks.Clean c, SpamReason spam, String clientAddress) {
        var now = clock.instant();
        LeadStatus status = spam == null ? LeadStatus.NEW : LeadStatus.SPAM;
        Lead lead = new Lead(0, newReference(now), status, spam == null ? null : spam.name(), cut(c.name(), 200),
                cut(c.company(), 200), cut(c.email(), 320), c.phone(), cut(c.phoneTyped(), 60), c.products(),
                c.dateFrom(), c.dateTo(), c.budget(), cut(c.message(), MAX_STORED_MESSAGE), null, null, now, null, 0);
        long id = leads.insert(lead, cut(clientAddress, 64));
        leads.addEvent(id, now, null, LeadEventKind.RECEIVED, null, status, spam == null ? null : spam.name(), null);
        return leads.find(id).orElseThrow();
    }

    /** {@code AD-2026-7KQ4XMPA}: the year, then eight random characters, so no one learns how many came before. */
    private String newReference(java.time.Instant now) {
        int year = now.atZone(site.timeZone()).getYear();
        while (true) {
            StringBuilder reference = new StringBuilder("AD-").append(year).append('-');
            for (int i = 0; i < 8; i++) {
                reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            if (!leads.referenceTaken(reference.toString())) {
                return reference.toString();
            }
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
