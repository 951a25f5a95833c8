package io.iton.site;

/** A page of one heading and a message: errors, and pages with little to say yet. */
public record SimplePage(Chrome chrome, PageMeta meta, String heading, String message) {
}
