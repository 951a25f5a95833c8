package io.iton.advert;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /newsroom/rate-card} and one product's edit page: every product, the one being edited
 * (or {@code null} on the list, whose form adds a product), the form as typed, message keys by
 * field, and the notice after a change.
 */
public record RateCardPage(List<Product> products, Product editing, ProductFields form, Map<String, String> errors,
                           String notice) {

    public RateCardPage {
        products = List.copyOf(products);
        errors = Map.copyOf(errors);
    }

    public List<Product.Unit> units() {
        return Arrays.asList(Product.Unit.values());
    }
}
