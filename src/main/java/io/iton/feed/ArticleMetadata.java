package io.iton.feed;

import java.util.List;

/** The head of an article page for machines: meta tags for previews, and a JSON-LD document. */
public record ArticleMetadata(List<MetaTag> metaTags, String jsonLd) {
}
