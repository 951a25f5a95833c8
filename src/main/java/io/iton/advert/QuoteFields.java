package io.iton.advert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import io.iton.shared.InvalidInput;

/**
 * The new-quote form as typed: rows of product, quantity, discount (percent) and an optional
 * typed unit price (blank: the rate card's), a validity date and notes. Every value a string, so
 * refused input comes back as it was sent. Rows with no product are left out.
 */
public record QuoteFields(List<Row> rows, String validUntil, String notes) {

    /** How many line rows the form offers. */
    public static final int ROWS = 6;
    static final int MAX_NOTES = 2000;
    static final int MAX_QUANTITY = 100_000;
    static final int MAX_VALID_DAYS = 366;

    public record Row(String product, String quantity, String discount, String price) {
        static final Row EMPTY = new Row("", "1", "0", "");

        boolean blank() {
            return product == null || product.isBlank();
        }
    }

    public QuoteFields {
        rows = List.copyOf(rows);
    }

    /** The empty form: {@link #ROWS} rows, valid until the given date. */
    static QuoteFields empty(LocalDate validUntil) {
        return new QuoteFields(java.util.Collections.nCopies(ROWS, Row.EMPTY), validUntil.toString(), "");
    }

    /** Reads the rows from the repeated parameters {@code product}, {@code quantity}, {@code discount}, {@code price}. */
    static QuoteFields from(MultiValueMap<String, String> params) {
        List<String> products = params.getOrDefault("product", List.of());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(products.size(), ROWS); i++) {
            rows.add(new Row(products.get(i), at(params, "quantity", i), at(params, "discount", i), at(params, "price", i)));
        }
        while (rows.size() < ROWS) {
            rows.add(Row.EMPTY);
        }
        return new QuoteFields(rows, params.getFirst("validUntil"), params.getFirst("notes"));
    }

    /** What a checked form gives: priced lines, the validity date and the notes. */
    record Checked(List<QuoteLine> lines, LocalDate validUntil, String notes) {
    }

    /**
     * The lines priced from the rate card (a typed price wins), or {@link InvalidInput} with a
     * message key per refused field: {@code line0.quantity}, {@code lines}, {@code validUntil}…
     */
    Checked check(RateCard rateCard, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank()) {
                line(rows.get(i), "line" + i + ".", rateCard, errors).ifPresent(lines::add);
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.put("lines", "quote.lines.required");
        }
        LocalDate valid = validity(today, errors);
        String cleanNotes = notes == null ? "" : notes.strip();
        if (cleanNotes.length() > MAX_NOTES) {
            errors.put("notes", "quote.notes.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(lines, valid, cleanNotes);
    }

    private static Optional<QuoteLine> line(Row row, String key, RateCard rateCard, Map<String, String> errors) {
        Optional<Product> product = parseId(row.product()).flatMap(rateCard::find).filter(Product::active);
        if (product.isEmpty()) {
            errors.put(key + "product", "quote.product.unknown");
        }
        Integer quantity = quantity(row.quantity(), key, errors);
        Integer discount = null;
        try {
            discount = BasisPoints.parse(text(row.discount()).isBlank() ? "0" : row.discount());
        } catch (NumberFormatException e) {
            errors.put(key + "discount", "quote.discount.invalid");
        }
        Long price = price(row.price(), product, key, errors);
        if (product.isEmpty() || quantity == null || discount == null || price == null) {
            return Optional.empty();
        }
        Product p = product.get();
        return Optional.of(new QuoteLine(p.id(), p.name(), p.unit(), price, quantity, discount, p.vatBasisPoints()));
    }

    private static Integer quantity(String typed, String key, Map<String, String> errors) {
        String q = text(typed).strip();
        if (!q.matches("\\d{1,6}") || Integer.parseInt(q) < 1 || Integer.parseInt(q) > MAX_QUANTITY) {
            errors.put(key + "quantity", "quote.quantity.invalid");
            return null;
        }
        return Integer.parseInt(q);
    }

    /** The typed price, else the rate card's; a product "on request" needs one typed. */
    private static Long price(String typed, Optional<Product> product, String key, Map<String, String> errors) {
        if (!text(typed).isBlank()) {
            try {
                return Shekels.parse(typed);
            } catch (NumberFormatException e) {
                errors.put(key + "price", "quote.price.invalid");
                return null;
            }
        }
        if (product.isPresent() && product.get().onRequest()) {
            errors.put(key + "price", "quote.price.onRequest");
            return null;
        }
        return product.map(Product::priceAgorot).orElse(null);
    }

    private LocalDate validity(LocalDate today, Map<String, String> errors) {
        try {
            LocalDate date = LocalDate.parse(text(validUntil).strip());
            if (date.isBefore(today) || date.isAfter(today.plusDays(MAX_VALID_DAYS))) {
                errors.put("validUntil", "quote.validUntil.range");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put("validUntil", "quote.validUntil.invalid");
            return null;
        }
    }

    private static Optional<Long> parseId(String typed) {
        String s = text(typed).strip();
        return s.matches("\\d{1,18}") ? Optional.of(Long.parseLong(s)) : Optional.empty();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String at(MultiValueMap<String, String> params, String name, int i) {
        List<String> values = params.getOrDefault(name, List.of());
        return i < values.size() ? values.get(i) : "";
    }
}
