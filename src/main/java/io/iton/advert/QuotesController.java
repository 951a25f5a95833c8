package io.iton.advert;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Actors;
import io.iton.shared.InvalidInput;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;
import io.iton.shared.PublicationTime;
import io.iton.shared.SeeOther;

/**
 * The sales desk's quotes: a new quote for a lead from the rate card, the printable quote, its
 * PDF, and sending it by e-mail. The sales desk and administrators only; {@link Quotes} checks again.
 */
@NewsroomController
@PreAuthorize("hasAnyRole('ADMIN', 'SALES')")
class QuotesController {

    private final Quotes quotes;
    private final Leads leads;
    private final RateCard rateCard;
    private final Actors actors;
    private final PublicationTime time;

    QuotesController(Quotes quotes, Leads leads, RateCard rateCard, Actors actors, PublicationTime time) {
        this.quotes = quotes;
        this.leads = leads;
        this.rateCard = rateCard;
        this.actors = actors;
        this.time = time;
    }

    @GetMapping("/newsroom/leads/{leadId}/quotes/new")
    ModelAndView newQuote(@PathVariable long leadId) {
        return form(recipient(leadId), quotes.emptyForm(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/newsroom/leads/{leadId}/quotes")
    ModelAndView create(@PathVariable long leadId, @RequestParam MultiValueMap<String, String> params,
                        Authentication auth) {
        QuoteRecipient to = recipient(leadId);
        QuoteFields fields = QuoteFields.from(params);
        try {
            Quote quote = quotes.create(to, fields, actors.of(auth).userId());
            return SeeOther.to("/newsroom/quotes/" + quote.id() + "?done=created");
        } catch (InvalidInput e) {
            return form(to, fields, e.fieldErrors(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/newsroom/quotes/{id}")
    ModelAndView show(@PathVariable long id, @RequestParam(required = false) String done) {
        String notice = "created".equals(done) || "sent".equals(done) ? "quote.notice." + done : null;
        return page(load(id), notice, null, HttpStatus.OK);
    }

    @GetMapping("/newsroom/quotes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Quote quote = load(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(quote.pdfFileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(quotes.pdf(quote));
    }

    @PostMapping("/newsroom/quotes/{id}/send")
    ModelAndView send(@PathVariable long id, Authentication auth) {
        Quote quote = load(id);
        try {
            quotes.send(id, actors.of(auth));
            return SeeOther.to("/newsroom/quotes/" + id + "?done=sent");
        } catch (IllegalLeadTransition e) {
            return page(quote, null, "quote.send.refused", HttpStatus.CONFLICT);
        }
    }

    private Quote load(long id) {
        return quotes.find(id).orElseThrow(() -> new NotFound("quote " + id));
    }

    private QuoteRecipient recipient(long leadId) {
        Lead lead = leads.find(leadId).orElseThrow(() -> new NotFound("lead " + leadId));
        return new QuoteRecipient(lead.id(), lead.name(), lead.company(), lead.email());
    }

    private ModelAndView form(QuoteRecipient to, QuoteFields fields, Map<String, String> errors, HttpStatus status) {
        ModelAndView view = new ModelAndView("newsroom/quoteNew",
                Map.of("page", new QuoteFormPage(to, rateCard.active(), fields, errors)));
        view.setStatus(status);
        return view;
    }

    private ModelAndView page(Quote quote, String notice, String error, HttpStatus status) {
        String sentAt = quote.sentAt() == null ? null : time.human(quote.sentAt());
        ModelAndView view = new ModelAndView("newsroom/quote", Map.of("page",
                new QuotePage(new QuoteSheet(quote, quotes.siteName()), sentAt, notice, error)));
        view.setStatus(status);
        return view;
    }
}
