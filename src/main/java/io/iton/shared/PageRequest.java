package io.iton.shared;

/** One page of a list, numbered from 1 as readers see it in {@code ?page=}. */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (number < 1) {
            throw new IllegalArgumentException("page number starts at 1: " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ": " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /**
     * A back-office list's {@code ?page=}: staff follow links rather than type numbers, so anything
     * but a whole number from 1 to 100,000 is the first page (the public site answers 400 instead).
     */
    public static PageRequest lenient(String raw, int size) {
        try {
            int number = raw == null ? 1 : Integer.parseInt(raw.strip());
            return new PageRequest(number >= 1 && number <= 100_000 ? number : 1, size);
        } catch (NumberFormatException e) {
            return first(size);
        }
    }

    public long offset() {
        return (long) (number - 1) * size;
    }
}
