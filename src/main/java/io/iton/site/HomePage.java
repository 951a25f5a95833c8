package io.iton.site;

import java.util.List;

/** The front page: the lead story, the latest, and the latest of each featured category. */
public record HomePage(Chrome chrome, PageMeta meta, ArticleCard lead, List<ArticleCard> latest,
                       List<CategorySection> sections, Pagination pagination) {

    public record CategorySection(Link category, List<ArticleCard> articles) {
    }
}
