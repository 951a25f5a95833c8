package io.iton.shared;

import java.util.List;
import java.util.function.Function;

/** A page of items with what pagination links need. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.number(), request.size(), total);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    /** A page past the last one, other than the first page of an empty list. */
    public boolean isBeyondEnd() {
        return number > 1 && items.isEmpty();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), number, size, total);
    }
}
