package io.iton.site;

/** The document head: title, meta description and canonical address (absolute, or null). */
public record PageMeta(String title, String description, String canonicalUrl) {
}
