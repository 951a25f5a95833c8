package io.iton.newsroom;

import java.util.Arrays;
import java.util.List;

import io.iton.article.Article;
import io.iton.article.ArticleDraft;

/**
 * The editor's form as posted. The body comes as HTML from the rich-text editor, or as plain
 * paragraphs from the form without JavaScript ({@code bodyFormat=text}); tags come as one
 * comma-separated line, review kinds as checkboxes (with one blank value always sent, so that
 * clearing every box clears them rather than keeping them); no featured image is {@code 0}.
 */
public record ArticleForm(
        String title,
        String subtitle,
        String body,
        String bodyFormat,
        String slug,
        Long authorId,
        Long categoryId,
        String tags,
        Boolean sponsored,
        String sponsorName,
        String seoTitle,
        String seoDescription,
        Long featuredImageId,
        List<String> requiredReviews,
        Integer version) {

    static final String TEXT = "text";
    static final String HTML = "html";

    static ArticleForm blank(Long authorId, Long categoryId) {
        return new ArticleForm("", "", "", TEXT, "", authorId, categoryId, "", false, "", "", "", 0L, List.of(), null);
    }

    /** The article as the editor shows it: plain text when that loses nothing, else its HTML. */
    static ArticleForm of(Article article, List<String> tagNames) {
        boolean plain = BodyText.isPlain(article.body());
        return new ArticleForm(article.title(), article.subtitle(),
                plain ? BodyText.toText(article.body()) : article.body(), plain ? TEXT : HTML, article.slug(),
                article.authorId(), article.categoryId(), String.join(", ", tagNames), article.sponsored(),
                article.sponsorName() == null ? "" : article.sponsorName(), nonNull(article.seoTitle()),
                nonNull(article.seoDescription()), article.featuredImageId() == null ? 0L : article.featuredImageId(),
                article.requiredReviews(), article.version());
    }

    /** What to save; a field the form did not send ({@code null}) keeps what the article has. */
    ArticleDraft draft() {
        String html = TEXT.equals(bodyFormat) ? BodyText.toHtml(nonNull(body)) : nonNull(body);
        boolean paid = Boolean.TRUE.equals(sponsored);
        return new ArticleDraft(nonNull(title), nonNull(subtitle), html, nonNull(slug), authorId, categoryId,
                tagNames(), paid, paid ? nonNull(sponsorName) : null, seoTitle, seoDescription, featuredImageId,
                requiredReviews == null ? null : reviews());
    }

    /** The same form, now at {@code newVersion}: after a save, or to overwrite a colleague's change knowingly. */
    ArticleForm atVersion(int newVersion) {
        return new ArticleForm(title, subtitle, body, bodyFormat, slug, authorId, categoryId, tags, sponsored,
                sponsorName, seoTitle, seoDescription, featuredImageId, requiredReviews, newVersion);
    }

    List<String> tagNames() {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split("[,،\n]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The review kinds ticked, without the blank marker. */
    public List<String> reviews() {
        return requiredReviews == null ? List.of() : requiredReviews.stream().filter(k -> k != null && !k.isBlank())
                .distinct().toList();
    }

    /** The SEO title as the form shows it ({@code null}, not sent, shows as empty). */
    public String shownSeoTitle() {
        return nonNull(seoTitle);
    }

    public String shownSeoDescription() {
        return nonNull(seoDescription);
    }

    public boolean isSponsored() {
        return Boolean.TRUE.equals(sponsored);
    }

    public boolean plainBody() {
        return !HTML.equals(bodyFormat);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
