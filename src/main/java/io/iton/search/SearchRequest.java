package io.iton.search;

import java.time.Instant;

import io.iton.shared.PageRequest;

/**
 * A search as a reader or the newsroom asks it. Filters are optional (null); {@code from} and
 * {@code to} bound the publish time; {@code includeUnpublished} is for newsroom accounts only.
 */
public record SearchRequest(String text, Long categoryId, Long tagId, Long authorId, Instant from, Instant to,
                            PageRequest page, boolean includeUnpublished) {

    /** Longer queries are cut here; a pasted essay is not a search. */
    public static final int MAX_LENGTH = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
    }

    public static SearchRequest of(String text, PageRequest page) {
        return new SearchRequest(text, null, null, null, null, null, page, false);
    }
}
