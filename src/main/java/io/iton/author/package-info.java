/** Bylines: who wrote an article, with a public page per author. Owns the {@code author} table. */
package io.iton.author;
