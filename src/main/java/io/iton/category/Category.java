package io.iton.category;

/** A section of the paper; featured ones are listed in the header by {@code menuOrder}. */
public record Category(long id, String slug, String name, String description, boolean featured, int menuOrder) {
}
