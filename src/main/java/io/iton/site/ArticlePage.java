package io.iton.site;

import java.util.List;

import io.iton.feed.ArticleMetadata;

/** The article page, every element of the seed page in order. */
public record ArticlePage(
        Chrome chrome,
        PageMeta meta,
        String title,
        String subtitle,
        String bodyHtml,
        Link category,
        Link author,
        Timestamp published,
        Timestamp updated,
        List<Link> tags,
        String sponsorName,
        ShareLinks share,
        List<ArticleCard> related,
        List<ArticleCard> latest,
        ArticleMetadata metadata) {

    public boolean sponsored() {
        return sponsorName != null;
    }
}
