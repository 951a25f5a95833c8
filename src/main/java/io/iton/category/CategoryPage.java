package io.iton.category;

import java.util.List;
import java.util.Map;

/**
 * {@code /newsroom/categories/{id}}: the edit form, its former slugs (which answer 301), the
 * categories it can be merged into, and whether it may be deleted. {@code errors} holds message
 * keys by field ({@code name}, {@code slug}, …, {@code target} for the merge, {@code delete}).
 */
public record CategoryPage(CountedCategory category, List<String> formerSlugs, List<Category> mergeTargets,
                           CategoryFields form, String target, Map<String, String> errors, String notice) {

    public CategoryPage {
        errors = Map.copyOf(errors);
    }

    public boolean selected(Category c) {
        return Long.toString(c.id()).equals(target);
    }
}
