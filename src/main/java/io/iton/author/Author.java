package io.iton.author;

/** A byline with its public page at {@code /author/{slug}}. */
public record Author(long id, String slug, String displayName, String bio) {
}
