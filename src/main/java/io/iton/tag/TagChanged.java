package io.iton.tag;

/** A tag was renamed: every page and feed that shows it shows the new name. */
public record TagChanged(long tagId) {
}
