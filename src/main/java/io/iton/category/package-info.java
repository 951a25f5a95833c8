/**
 * Sections of the paper: name, slug, description, and which ones the header features in what
 * order. Owns the {@code category} table.
 */
package io.iton.category;
