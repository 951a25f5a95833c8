package io.iton.tag;

/** A tag with the number of articles (any status) that carry it: what the newsroom list shows. */
public record CountedTag(Tag tag, long articles) {
}
