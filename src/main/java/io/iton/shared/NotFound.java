package io.iton.shared;

/** Something a request named does not exist, or is not visible to whoever asked. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
