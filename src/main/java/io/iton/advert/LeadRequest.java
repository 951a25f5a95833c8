package io.iton.advert;

import java.util.List;

/**
 * What the {@code /advertise} form sent, as typed: the intake checks every field.
 *
 * @param productIds the rate-card products ticked
 * @param honeypot   the field people never see; anything in it means a machine filled the form
 * @param formToken  the signed time the form was shown
 */
public record LeadRequest(String name, String company, String email, String phone, List<Long> productIds,
                          String dateFrom, String dateTo, String budget, String message, boolean consent,
                          String honeypot, String formToken) {

    public static final LeadRequest EMPTY = new LeadRequest("", "", "", "", List.of(), "", "", "", "", false, "", null);

    public LeadRequest {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    /** The same request with a new form time (a form shown again keeps what was typed). */
    public LeadRequest withFormToken(String token) {
        return new LeadRequest(name, company, email, phone, productIds, dateFrom, dateTo, budget, message, consent,
                honeypot, token);
    }

    @Override
    public String toString() {
        return "LeadRequest[" + company + "]";
    }
}
