package io.iton.tag;

/** A keyword with its page at {@code /tag/{slug}}. */
public record Tag(long id, String slug, String name) {
}
