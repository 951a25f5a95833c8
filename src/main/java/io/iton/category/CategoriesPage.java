package io.iton.category;

import java.util.List;
import java.util.Map;

/**
 * {@code /newsroom/categories}: every category with its article count and header place, and the
 * form for a new one (with what was typed and the message per field, after refused input).
 */
public record CategoriesPage(List<CountedCategory> categories, CategoryFields form, Map<String, String> errors,
                             String notice) {

    public CategoriesPage {
        errors = Map.copyOf(errors);
    }

    /** Whether this category is the first or last of the header, where one of its move buttons does nothing. */
    public boolean firstFeatured(Category c) {
        return featured().stream().findFirst().map(f -> f.id() == c.id()).orElse(false);
    }

    public boolean lastFeatured(Category c) {
        List<Category> featured = featured();
        return !featured.isEmpty() && featured.getLast().id() == c.id();
    }

    private List<Category> featured() {
        return categories.stream().map(CountedCategory::category).filter(Category::featured).toList();
    }
}
