package io.iton.article;

/** A kind of approval an article may need before it is published: a code and its Hebrew name. */
public record ReviewKind(String code, String name) {
}
