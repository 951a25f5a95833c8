package io.iton.site;

import java.util.List;
import java.util.Map;

import io.iton.advert.LeadRequest;

/**
 * {@code /advertise}: what can be bought, and the request form with what was typed, a Hebrew
 * message per refused field, and a notice above the form (errors, or the per-address limit).
 */
public record AdvertisePage(Chrome chrome, PageMeta meta, List<ProductRow> products, List<Option> budgets,
                            LeadRequest form, Map<String, String> errors, String notice, String csrfParameter,
                            String csrfToken) {

    /** One product of the rate card: its price as read ("3,500.00 ₪ לכתבה") or "לפי בקשה". */
    public record ProductRow(long id, String name, String description, String price, boolean checked) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The {@code aria-describedby} of a field: its error when it has one, else its hint (or nothing). */
    public String describedBy(String field, boolean hint) {
        String id = "advertise-" + field;
        return errors.containsKey(field) ? id + "-error" : hint ? id + "-hint" : null;
    }
}
