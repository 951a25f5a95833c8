package io.iton.site;

import io.iton.shared.Page;

/** Previous and next links under a list; null where there is no such page. */
public record Pagination(int number, int totalPages, String previousUrl, String nextUrl) {

    static Pagination of(Page<?> page, String basePath) {
        String previous = page.hasPrevious()
                ? (page.number() == 2 ? basePath : basePath + "?page=" + (page.number() - 1)) : null;
        String next = page.hasNext() ? basePath + "?page=" + (page.number() + 1) : null;
        return new Pagination(page.number(), page.totalPages(), previous, next);
    }

    public boolean needed() {
        return totalPages > 1;
    }
}
