package io.iton.site;

import java.util.List;

/** A category, tag or author page: a heading, an optional description, and a paged list. */
public record ListingPage(Chrome chrome, PageMeta meta, String kind, String heading, String description,
                          List<ArticleCard> articles, Pagination pagination) {
}
