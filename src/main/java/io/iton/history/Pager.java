package io.iton.history;

import io.iton.shared.Page;

/** Newer and older links under a newsroom list; {@code null} where there is no such page. */
public record Pager(int number, int totalPages, String newerUrl, String olderUrl) {

    /** Links for the pages around this one; {@code basePath} may already carry a query string. */
    static Pager of(Page<?> page, String basePath) {
        String join = basePath.contains("?") ? "&" : "?";
        String newer = page.hasPrevious() ? basePath + join + "page=" + (page.number() - 1) : null;
        String older = page.hasNext() ? basePath + join + "page=" + (page.number() + 1) : null;
        return new Pager(page.number(), page.totalPages(), newer, older);
    }

    public boolean needed() {
        return totalPages > 1;
    }

    /** The page number in {@code ?page=}: 1 when absent, 0 when it is not a whole number from 1 to 100,000. */
    static int number(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            return number >= 1 && number <= 100_000 ? number : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
