package io.iton.advert;

import java.util.LinkedHashMap;
import java.util.Map;

import io.iton.shared.InvalidInput;

/**
 * The rate-card form as typed, every field a string so that refused input comes back exactly as
 * it was sent. A blank price means "on request"; {@code active} is a checkbox (present or absent).
 */
public record ProductFields(String name, String description, String unit, String price, String vat, String active,
                            String displayOrder) {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;
    static final ProductFields EMPTY = new ProductFields("", "", Product.Unit.ARTICLE.name(), "", "18", "on", "0");

    static ProductFields of(Product p) {
        return new ProductFields(p.name(), p.description(), p.unit().name(),
                p.priceAgorot() == null ? "" : Shekels.plain(p.priceAgorot()), p.vatText(), p.active() ? "on" : null,
                Integer.toString(p.displayOrder()));
    }

    public String value(String field) {
        String v = switch (field) {
            case "name" -> name;
            case "description" -> description;
            case "unit" -> unit;
            case "price" -> price;
            case "vat" -> vat;
            case "displayOrder" -> displayOrder;
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? "" : v;
    }

    public boolean isActive() {
        return active != null;
    }

    /** The checked form, or {@link InvalidInput} with a message key beside every refused field. */
    ProductForm form() {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = value("name").strip();
        if (cleanName.isEmpty()) {
            errors.put("name", "rateCard.name.required");
        } else if (cleanName.length() > MAX_NAME) {
            errors.put("name", "rateCard.name.tooLong");
        }
        String cleanDescription = value("description").strip();
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            errors.put("description", "rateCard.description.tooLong");
        }
        Product.Unit parsedUnit = null;
        try {
            parsedUnit = Product.Unit.valueOf(value("unit").strip());
        } catch (IllegalArgumentException e) {
            errors.put("unit", "rateCard.unit.invalid");
        }
        Long agorot = null;
        if (!value("price").isBlank()) {
            try {
                agorot = Shekels.parse(value("price"));
            } catch (NumberFormatException e) {
                errors.put("price", "rateCard.price.invalid");
            }
        }
        int vatPoints = 0;
        try {
            vatPoints = BasisPoints.parse(value("vat"));
        } catch (NumberFormatException e) {
            errors.put("vat", "rateCard.vat.invalid");
        }
        int order = 0;
        String typedOrder = value("displayOrder").strip();
        if (!typedOrder.isEmpty()) {
            if (typedOrder.matches("-?\\d{1,6}")) {
                order = Integer.parseInt(typedOrder);
            } else {
                errors.put("displayOrder", "rateCard.displayOrder.invalid");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ProductForm(cleanName, cleanDescription, parsedUnit, agorot, vatPoints, isActive(), order);
    }
}
