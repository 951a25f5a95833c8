package io.iton.category;

/** What an editor sends to create or change a category; a blank slug is made from the name. */
public record CategoryForm(String name, String slug, String description, boolean featured, int menuOrder) {
}
