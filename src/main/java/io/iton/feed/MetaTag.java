package io.iton.feed;

/** One {@code <meta>} in the head: {@code attribute} is {@code property} (OpenGraph) or {@code name}. */
public record MetaTag(String attribute, String key, String content) {
}
