package io.iton.shared;

/** The caller is known but may not do this: a writer publishing, or editing someone else's work. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
