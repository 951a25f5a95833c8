package io.iton.history;

/** A run of text in a compare: kept as it was, inserted, or deleted. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind { SAME, INSERTED, DELETED }

    public boolean inserted() {
        return kind == Kind.INSERTED;
    }

    public boolean deleted() {
        return kind == Kind.DELETED;
    }
}
