package io.iton.category;

/** A category with how many articles it holds in any status: what the newsroom list shows. */
public record CountedCategory(Category category, long articles) {

    /** Only an empty category may be deleted: an article must always have a category. */
    public boolean deletable() {
        return articles == 0;
    }
}
