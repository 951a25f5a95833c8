package io.iton.shared;

/** A write based on a stale version, or one that would break a uniqueness rule. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
