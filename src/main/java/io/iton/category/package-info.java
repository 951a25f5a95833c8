/**
 * Sections of the paper: name, slug, description, and which ones the header features in what
 * order; the newsroom pages under {@code /newsroom/categories} where editors change, merge and
 * delete them. Owns the {@code category} table and {@code category_former_slug}, the old slugs
 * that keep answering 301. A merge moves articles with one statement on the article table:
 * articles depend on categories, so this package may not call into theirs.
 */
package io.iton.category;
