package io.iton.api;

import java.util.List;
import java.util.function.Function;

import io.iton.shared.Page;

/** A page of results with the numbers a client needs to fetch the next. */
record PageJson<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <T> PageJson<T> of(Page<T> page) {
        return new PageJson<>(page.items(), page.number(), page.size(), page.total(), page.totalPages());
    }

    /** The page with its items converted all at once, so the conversion can batch its look-ups. */
    static <S, T> PageJson<T> of(Page<S> page, Function<List<S>, List<T>> convert) {
        return new PageJson<>(convert.apply(page.items()), page.number(), page.size(), page.total(), page.totalPages());
    }
}
