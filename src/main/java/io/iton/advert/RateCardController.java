package io.iton.advert;

import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.InvalidInput;
import io.iton.shared.NewsroomController;
import io.iton.shared.NotFound;
import io.iton.shared.SeeOther;

/** {@code /newsroom/rate-card}: administrators list, add, edit, deactivate and reactivate products. */
@NewsroomController
@PreAuthorize("hasRole('ADMIN')")
class RateCardController {

    private static final String LIST = "/newsroom/rate-card";
    private static final Set<String> NOTICES = Set.of("created", "saved", "deactivated", "activated");

    private final RateCard rateCard;

    RateCardController(RateCard rateCard) {
        this.rateCard = rateCard;
    }

    @GetMapping(LIST)
    ModelAndView list(@RequestParam(required = false) String done) {
        return page(null, ProductFields.EMPTY, Map.of(), notice(done), HttpStatus.OK);
    }

    @PostMapping(LIST)
    ModelAndView create(@ModelAttribute ProductFields fields) {
        try {
            rateCard.create(fields);
            return SeeOther.to(LIST + "?done=created");
        } catch (InvalidInput e) {
            return page(null, fields, e.fieldErrors(), null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping(LIST + "/{id}")
    ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String done) {
        Product product = load(id);
        return page(product, ProductFields.of(product), Map.of(), notice(done), HttpStatus.OK);
    }

    @PostMapping(LIST + "/{id}")
    ModelAndView update(@PathVariable long id, @ModelAttribute ProductFields fields) {
        Product product = load(id);
        try {
            rateCard.update(id, fields);
            return SeeOther.to(LIST + "/" + id + "?done=saved");
        } catch (InvalidInput e) {
            return page(product, fields, e.fieldErrors(), null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping(LIST + "/{id}/active")
    ModelAndView activate(@PathVariable long id, @RequestParam(required = false) String active) {
        load(id);
        boolean on = "true".equals(active);
        rateCard.setActive(id, on);
        return SeeOther.to(LIST + "?done=" + (on ? "activated" : "deactivated") + "#product-" + id);
    }

    private Product load(long id) {
        return rateCard.find(id).orElseThrow(() -> new NotFound("product " + id));
    }

    private ModelAndView page(Product editing, ProductFields form, Map<String, String> errors, String notice,
                              HttpStatus status) {
        RateCardPage page = new RateCardPage(rateCard.all(), editing, form, errors, notice);
        ModelAndView view = new ModelAndView(editing == null ? "newsroom/rateCard" : "newsroom/rateCardEdit",
                Map.of("page", page));
        view.setStatus(status);
        return view;
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "rateCard.notice." + done : null;
    }
}
