package io.iton.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A search waited longer than {@code iton.search.queue-timeout} for its turn ({@link SearchTurns}):
 * the machine is answering more searches than it can, and the reader is better told to try again
 * in a moment (503 with {@code Retry-After}, a Hebrew page on the site, a problem in the API)
 * than kept waiting while the line grows.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class SearchBusy extends RuntimeException {

    public SearchBusy() {
        super("too many searches waiting", null, false, false);
    }
}
