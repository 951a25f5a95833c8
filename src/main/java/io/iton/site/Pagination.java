package io.iton.site;

import io.iton.shared.Page;

/** Previous and next links under a list; null where there is no such page. */
public record Pagination(int number, int totalPages, String previousUrl, String nextUrl) {

    /** Links for the pages around this one; {@code basePath} may already carry a query string. */
    public static Pagination of(Page<?> page, String basePath) {
        String join = basePath.contains("?") ? "&" : "?";
        String previous = page.hasPrevious()
                ? (page.number() == 2 ? basePath : basePath + join + "page=" + (page.number() - 1)) : null;
        String next = page.hasNext() ? basePath + join + "page=" + (page.number() + 1) : null;
        return new Pagination(page.number(), page.totalPages(), previous, next);
    }

    public boolean needed() {
        return totalPages > 1;
    }
}
