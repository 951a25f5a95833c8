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

    public long offset() {
        return (long) (number - 1) * size;
    }
}
