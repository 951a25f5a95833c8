package io.iton.site;

import io.iton.shared.PageRequest;

/** The {@code ?page=} a reader typed, checked: a number from 1 up, or a clear 400. */
final class PageNumber {

    static final int MAX = 100_000;

    private PageNumber() {
    }

    static PageRequest parse(String raw, int size) {
        if (raw == null || raw.isBlank()) {
            return PageRequest.first(size);
        }
        try {
            int number = Integer.parseInt(raw.strip());
            if (number >= 1 && number <= MAX) {
                return new PageRequest(number, size);
            }
        } catch (NumberFormatException e) {
            // falls through to the reader-facing message
        }
        throw new BadPageNumber();
    }

    static final class BadPageNumber extends RuntimeException {
        BadPageNumber() {
            super("bad page number");
        }
    }
}
