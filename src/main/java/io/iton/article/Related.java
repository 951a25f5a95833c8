package io.iton.article;

import java.util.List;

/**
 * The articles shown as related to one article: those sharing most of its tags, newest first,
 * then, when too few share any, the newest of its category.
 *
 * @param fromCategory whether the category filled in: then a publish in the category can change them
 */
public record Related(List<ArticleSummary> articles, boolean fromCategory) {
}
