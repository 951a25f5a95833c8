package io.iton.tag;

import java.util.List;

/**
 * A tag was renamed, merged into another or deleted: every page and feed that shows it changes.
 * {@code articleIds} are the articles that carried it, whose indexed tags (names, ids) are now
 * different, for derived data such as the search index.
 */
public record TagChanged(long tagId, List<Long> articleIds) {

    public TagChanged {
        articleIds = List.copyOf(articleIds);
    }

    /** A change that touched no article. */
    public TagChanged(long tagId) {
        this(tagId, List.of());
    }
}
