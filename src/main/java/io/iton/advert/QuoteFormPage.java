package io.iton.advert;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code /newsroom/leads/{id}/quotes/new}: whom the quote is for, the products on offer, the form
 * as typed and message keys by field ({@code line0.quantity}, {@code validUntil}…).
 */
public record QuoteFormPage(QuoteRecipient recipient, List<Product> products, QuoteFields form,
                            Map<String, String> errors) {

    public QuoteFormPage {
        products = List.copyOf(products);
        errors = Map.copyOf(errors);
    }

    /** One row of the form, with its values and errors. */
    public record Row(int index, QuoteFields.Row typed, Map<String, String> errors) {

        public int number() {
            return index + 1;
        }

        public String id(String field) {
            return "line" + index + "-" + field;
        }

        public String value(String field) {
            String v = switch (field) {
                case "quantity" -> typed.quantity();
                case "discount" -> typed.discount();
                case "price" -> typed.price();
                default -> typed.product();
            };
            return v == null ? "" : v;
        }

        public String error(String field) {
            return errors.get("line" + index + "." + field);
        }

        public boolean selected(Product p) {
            return Long.toString(p.id()).equals(value("product").strip());
        }
    }

    /** The typed validity date for the date field, which can hold only a real date (else empty). */
    public String validUntilValue() {
        String typed = form.validUntil() == null ? "" : form.validUntil().strip();
        try {
            return java.time.LocalDate.parse(typed).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public List<Row> rows() {
        return IntStream.range(0, form.rows().size()).mapToObj(i -> new Row(i, form.rows().get(i), errors)).toList();
    }
}
