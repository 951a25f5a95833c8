package io.iton.category;

import io.iton.shared.Conflict;

/** A category that still holds articles cannot be deleted; merge it into another instead. */
public class CategoryNotEmpty extends Conflict {

    private final long articles;

    CategoryNotEmpty(long categoryId, long articles) {
        super("category " + categoryId + " holds " + articles + " article(s)");
        this.articles = articles;
    }

    public long articles() {
        return articles;
    }
}
