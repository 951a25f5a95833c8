package io.iton.site;

/** A named link: a category, a tag, an author. */
public record Link(String name, String url) {
}
