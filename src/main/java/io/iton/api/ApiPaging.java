package io.iton.api;

import io.iton.shared.InvalidInput;
import io.iton.shared.PageRequest;

/** {@code ?page=&size=} for API lists, refused with a problem when out of range. */
final class ApiPaging {

    private ApiPaging() {
    }

    static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1 || p > 100_000) {
            throw InvalidInput.of("page", "api.page.invalid");
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            throw InvalidInput.of("size", "api.size.invalid");
        }
        return new PageRequest(p, s);
    }
}
