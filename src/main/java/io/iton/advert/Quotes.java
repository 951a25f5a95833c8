package io.iton.advert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Actor;
import io.iton.shared.NotFound;
import io.iton.shared.SiteProperties;

/**
 * Price quotes: made from the rate card for a lead by the sales desk or an administrator
 * (checked here as well as on the page), numbered without gaps per year, printed as a Hebrew
 * page and a PDF.
 */
@Service
public class Quotes {

    /** Days a new quote is valid for, unless the desk types another date. */
    static final int DEFAULT_VALID_DAYS = 30;
    /** A first quote of a year racing another, or a lock that timed out: tried again, then refused. */
    private static final int ATTEMPTS = 5;

    private final QuoteRepository quotes;
    private final QuoteNumbers numbers;
    private final RateCard rateCard;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SiteProperties site;
    private final QuoteMail mail;

    Quotes(QuoteRepository quotes, QuoteNumbers numbers, RateCard rateCard, TransactionTemplate transaction, Clock clock,
           SiteProperties site, QuoteMail mail) {
        this.quotes = quotes;
        this.numbers = numbers;
        this.rateCard = rateCard;
        this.transaction = transaction;
        this.clock = clock;
        this.site = site;
        this.mail = mail;
    }

    public Optional<Quote> find(long id) {
        return quotes.findById(id);
    }

    /** A lead's quotes, newest first. */
    public List<Quote> forLead(long leadId) {
        return quotes.findByLead(leadId);
    }

    /** The paper's name, as the quote is signed. */
    public String siteName() {
        return site.name();
    }

    /** Today where the paper is, for quote dates. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(site.timeZone()));
    }

    /** The form for a new quote: empty rows, valid for {@value #DEFAULT_VALID_DAYS} days. */
    public QuoteFields emptyForm() {
        return QuoteFields.empty(today().plusDays(DEFAULT_VALID_DAYS));
    }

    /**
     * Makes a draft quote numbered {@code <year>-<seq>} for the year it is issued in.
     *
     * @throws io.iton.shared.InvalidInput with a message key per refused field, before anything is written
     */
    public Quote create(QuoteRecipient to, QuoteFields fields, Long createdBy) {
        SalesRights.require("making a quote");
        LocalDate today = today();
        QuoteFields.Checked checked = fields.check(rateCard, today);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> insert(to, checked, today, createdBy));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The quote as a PDF, as it is printed and mailed. */
    public byte[] pdf(Quote quote) {
        return mail.pdf(quote);
    }

    /**
     * Mails the quote with its PDF to the requester (through the outbox), marks it sent and the
     * lead QUOTE_SENT, in one transaction: a lead that can take no quote (won, lost, spam) leaves
     * nothing sent.
     */
    @Transactional
    public Quote send(long id, Actor actor) {
        SalesRights.require("sending a quote");
        Quote quote = quotes.findById(id).orElseThrow(() -> new NotFound("quote " + id));
        mail.send(quote, actor);
        Instant now = Instant.now(clock);
        quotes.markSent(id, now);
        return quote.sent(now);
    }

    private Quote insert(QuoteRecipient to, QuoteFields.Checked checked, LocalDate today, Long createdBy) {
        int year = today.getYear();
        int seq = numbers.next(year);
        Quote draft = new Quote(0, QuoteNumbers.format(year, seq), to.leadId(), QuoteStatus.DRAFT, to.name(),
                to.company() == null ? "" : to.company(), to.email(), today, checked.validUntil(), checked.notes(),
                checked.lines(), QuoteTotals.of(checked.lines()), Instant.now(clock), null);
        long id = quotes.insert(draft, year, seq, createdBy);
        return quotes.findById(id).orElseThrow();
    }
}
