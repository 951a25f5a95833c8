package io.iton.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.iton.advert.LeadBudget;
import io.iton.advert.LeadIntake;
import io.iton.advert.LeadRequest;
import io.iton.advert.RateCard;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /advertise}: where "רוצה לפרסם אצלנו?" leads. What can be bought, from the rate card,
 * and the quote-request form; a refused form comes back whole with a message beside each field,
 * a request over the per-address limit gets a 429 with the form kept, and a stored one redirects
 * to {@code /advertise/sent} with its reference. Never cached: the form carries a CSRF token and
 * the signed time it was shown.
 */
@Controller
class AdvertiseController {

    private final LeadIntake intake;
    private final RateCard rateCard;
    private final SiteFrame frame;
    private final Localizer t;

    AdvertiseController(LeadIntake intake, RateCard rateCard, SiteFrame frame, Localizer t) {
        this.intake = intake;
        this.rateCard = rateCard;
        this.frame = frame;
        this.t = t;
    }

    /** The form as posted; field names a bot would fill, {@code website} being the hidden one. */
    record Form(String name, String company, String email, String phone, List<String> products, String dateFrom,
                String dateTo, String budget, String message, Boolean consent, String website, String formToken) {

        LeadRequest request() {
            List<Long> ids = products == null ? List.of() : products.stream().map(Form::id).toList();
            return new LeadRequest(name, company, email, phone, ids, dateFrom, dateTo, budget, message,
                    Boolean.TRUE.equals(consent), website, formToken);
        }

        private static Long id(String value) {
            try {
                return Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }
    }

    @GetMapping("/advertise")
    ModelAndView advertise(CsrfToken csrf, HttpServletResponse response) {
        return view(LeadRequest.EMPTY.withFormToken(intake.newFormToken()), Map.of(), null, csrf, response, HttpStatus.OK);
    }

    @PostMapping("/advertise")
    ModelAndView send(Form form, CsrfToken csrf, HttpServletRequest request, HttpServletResponse response,
                      RedirectAttributes flash) {
        LeadRequest lead = form.request();
        try {
            LeadIntake.Outcome outcome = intake.receive(lead, request.getRemoteAddr());
            if (outcome instanceof LeadIntake.Throttled throttled) {
                long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
                response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
                return view(lead, Map.of(), t.text("advertise.throttled", minutes), csrf, response,
                        HttpStatus.TOO_MANY_REQUESTS);
            }
            flash.addFlashAttribute("reference", ((LeadIntake.Accepted) outcome).reference());
            return new ModelAndView("redirect:/advertise/sent");
        } catch (InvalidInput refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            int length = lead.message() == null ? 0 : lead.message().strip().length();
            refused.fieldErrors().forEach((field, key) -> errors.put(field, t.text(key, String.format("%,d", length))));
            return view(lead, errors, t.text("advertise.fixErrors"), csrf, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @GetMapping("/advertise/sent")
    ModelAndView sent(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Object reference = model.getAttribute("reference");
        String heading = t.text("advertise.sent.heading");
        String message = reference == null ? t.text("advertise.sent.generic")
                : t.text("advertise.sent.reference", reference) + " " + t.text("advertise.sent.body");
        return new ModelAndView("site/simple", Map.of("page", new SimplePage(frame.chrome(),
                frame.meta(heading, null, null), heading, message)));
    }

    private ModelAndView view(LeadRequest form, Map<String, String> errors, String notice, CsrfToken csrf,
                              HttpServletResponse response, HttpStatus status) {
        response.setHeader("Cache-Control", "no-store");
        String heading = t.text("advertise.heading");
        var products = rateCard.active().stream()
                .map(p -> new AdvertisePage.ProductRow(p.id(), p.name(), p.description(),
                        p.onRequest() ? t.text("advert.price.onRequest")
                                : t.text("advertise.price", p.priceText(), t.text(p.unit().messageKey())),
                        form.productIds().contains(p.id())))
                .toList();
        var budgets = java.util.Arrays.stream(LeadBudget.values())
                .map(b -> new AdvertisePage.Option(b.name(), t.text(b.messageKey()), b.name().equals(form.budget())))
                .toList();
        var page = new AdvertisePage(frame.chrome(), frame.meta(heading, t.text("advertise.description"), "/advertise"),
                products, budgets, form, errors, notice, csrf.getParameterName(), csrf.getToken());
        var view = new ModelAndView("site/advertise", Map.of("page", page));
        view.setStatus(status);
        return view;
    }
}
