package io.iton.category;

/** A category was created or changed: its name, slug, or place in the header. */
public record CategoryChanged(long categoryId) {
}
