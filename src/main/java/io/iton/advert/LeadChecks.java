package io.iton.advert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the request form, every field at once, so the visitor sees every problem in one
 * go: a message key per refused field, and the request as it will be stored when none is.
 */
final class LeadChecks {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_MESSAGE = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}$");
    /** Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belongs in a form. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    /** A request as stored: trimmed, the phone in E.164 and as typed, products by name. */
    record Clean(String name, String company, String email, String phone, String phoneTyped, List<String> products,
                 LocalDate dateFrom, LocalDate dateTo, String budget, String message) {
    }

    private final Map<String, String> errors = new LinkedHashMap<>();

    private LeadChecks() {
    }

    /** Checks a request against the rate card's active products and today's date (in Israel). */
    static Outcome check(LeadRequest r, List<Product> active, LocalDate today) {
        LeadChecks checks = new LeadChecks();
        String name = checks.text("name", r.name(), MAX_NAME, true);
        String company = checks.text("company", r.company(), MAX_NAME, true);
        String email = checks.email(r.email());
        String phoneTyped = clean(r.phone());
        String phone = checks.phone(phoneTyped);
        List<String> products = checks.products(r.productIds(), active);
        LocalDate from = checks.date("dateFrom", r.dateFrom());
        LocalDate to = checks.date("dateTo", r.dateTo());
        checks.dates(from, to, today);
        String budget = checks.budget(r.budget());
        String message = checks.text("message", r.message(), MAX_MESSAGE, false);
        if (!r.consent()) {
            checks.errors.put("consent", "advertise.error.consent.required");
        }
        return new Outcome(Map.copyOf(checks.errors),
                new Clean(name, company, email, phone, phoneTyped, products, from, to, budget, message));
    }

    /** The refused fields (empty when none), and the request as cleaned. */
    record Outcome(Map<String, String> errors, Clean clean) {
    }

    /** Text as stored: control characters out, white space at the ends trimmed. */
    static String clean(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
    }

    private String text(String field, String raw, int max, boolean required) {
        String value = clean(raw);
        if (required && value.isEmpty()) {
            errors.put(field, "advertise.error." + field + ".required");
        } else if (value.length() > max) {
            errors.put(field, "advertise.error." + field + ".tooLong");
        }
        return value;
    }

    private String email(String raw) {
        String value = clean(raw);
        if (value.isEmpty()) {
            errors.put("email", "advertise.error.email.required");
        } else if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
            errors.put("email", "advertise.error.email.invalid");
        }
        return value;
    }

    private String phone(String typed) {
        if (typed.isEmpty()) {
            errors.put("phone", "advertise.error.phone.required");
            return "";
        }
        Optional<String> e164 = IsraeliPhone.e164(typed);
        if (e164.isEmpty()) {
            errors.put("phone", "advertise.error.phone.invalid");
        }
        return e164.orElse("");
    }

    private List<String> products(List<Long> ids, List<Product> active) {
        List<String> names = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Optional<Product> product = active.stream().filter(p -> id != null && p.id() == id).findFirst();
            if (product.isEmpty()) {
                errors.put("products", "advertise.error.products.unknown");
                return List.of();
            }
            names.add(product.get().name());
        }
        if (names.isEmpty() && !active.isEmpty()) {
            errors.put("products", "advertise.error.products.required");
        }
        return names;
    }

    private LocalDate date(String field, String raw) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "advertise.error.date.invalid");
            return null;
        }
    }

    private void dates(LocalDate from, LocalDate to, LocalDate today) {
        if (from != null && from.isBefore(today)) {
            errors.put("dateFrom", "advertise.error.dateFrom.past");
        }
        if (to != null && (to.isBefore(today) || (from != null && to.isBefore(from)))) {
            errors.putIfAbsent("dateTo", "advertise.error.dateTo.beforeFrom");
        }
    }

    private String budget(String raw) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return null;
        }
        for (LeadBudget budget : LeadBudget.values()) {
            if (budget.name().equals(value)) {
                return value;
            }
        }
        errors.put("budget", "advertise.error.budget.invalid");
        return null;
    }
}
