package io.iton.site;

import java.util.List;

import io.iton.feed.ArticleMetadata;
import io.iton.media.Image;

/**
 * The article page, every element of the seed page in order.
 *
 * @param related the related articles, when the lists are in place
 * @param latest the latest articles, when the lists are in place
 * @param moreHole instead of the lists, where the page cache puts them in ({@link MoreArticles}); or null
 */
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
        String moreHole,
        ArticleMetadata metadata,
        List<CorrectionNote> corrections,
        Image featuredImage) {

    /** A public correction with its time; the text is plain and escaped on output. */
    public record CorrectionNote(String text, Timestamp time) {
    }

    public boolean sponsored() {
        return sponsorName != null;
    }
}
