package io.iton.site;

/** A time as people read it and as {@code <time datetime>} carries it. */
public record Timestamp(String human, String machine) {
}
