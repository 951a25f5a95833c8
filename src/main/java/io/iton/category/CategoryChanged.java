package io.iton.category;

import java.util.List;

/**
 * A category was created, changed (name, slug, place in the header), merged into another or
 * deleted. {@code articleIds} are the articles whose category changed with it (a merge moves
 * them), for derived data that stores the category per article, such as the search index.
 */
public record CategoryChanged(long categoryId, List<Long> articleIds) {

    public CategoryChanged {
        articleIds = List.copyOf(articleIds);
    }

    /** A change that moved no article. */
    public CategoryChanged(long categoryId) {
        this(categoryId, List.of());
    }
}
