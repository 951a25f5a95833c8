package io.iton.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.shared.InvalidInput;
import io.iton.shared.Slug;

/**
 * Checks a draft as typed and turns it into content to store: every field's problem at once, as
 * message keys, before anything is written; the body sanitized last.
 */
@Component
class DraftCheck {

    private final FeaturedImages images;
    private final BodySanitizer sanitizer;
    private final Authors authors;
    private final Categories categories;
    private final ReviewKinds kinds;

    DraftCheck(BodySanitizer sanitizer, Authors authors, Categories categories, ReviewKinds kinds,
               FeaturedImages images) {
        this.images = images;
        this.sanitizer = sanitizer;
        this.authors = authors;
        this.categories = categories;
        this.kinds = kinds;
    }

    ArticleContent check(ArticleDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = strip(draft.title());
        String subtitle = strip(draft.subtitle());
        String rawBody = draft.body() == null ? "" : draft.body();
        String sponsor = draft.sponsorName() == null ? null : strip(draft.sponsorName());
        if (title.isEmpty()) {
            errors.put("title", "article.title.required");
        } else if (title.length() > ArticleEditor.MAX_TITLE) {
            errors.put("title", "article.title.tooLong");
        }
        if (subtitle.length() > ArticleEditor.MAX_SUBTITLE) {
            errors.put("subtitle", "article.subtitle.tooLong");
        }
        if (rawBody.length() > ArticleEditor.MAX_BODY) {
            errors.put("body", "article.body.tooLong");
        }
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slug.from(title) : draft.slug().strip();
        if (!title.isEmpty() && !Slug.isValid(slug)) {
            errors.put("slug", "slug.invalid");
        }
        checkByline(draft, errors);
        if (draft.tags().size() > ArticleEditor.MAX_TAGS) {
            errors.put("tags", "article.tags.tooMany");
        }
        checkSponsor(draft, sponsor, errors);
        String seoTitle = blankToNull(draft.seoTitle());
        if (seoTitle != null && seoTitle.length() > ArticleEditor.MAX_SEO_TITLE) {
            errors.put("seoTitle", "article.seoTitle.tooLong");
        }
        String seoDescription = blankToNull(draft.seoDescription());
        if (seoDescription != null && seoDescription.length() > ArticleEditor.MAX_SEO_DESCRIPTION) {
            errors.put("seoDescription", "article.seoDescription.tooLong");
        }
        if (draft.featuredImageId() != null && draft.featuredImageId() < 0) {
            errors.put("featuredImageId", "article.featuredImage.invalid");
        } else if (draft.featuredImageId() != null && draft.featuredImageId() > 0
                && !images.exists(draft.featuredImageId())) {
            errors.put("featuredImageId", "article.featuredImage.unknown");
        }
        Long imageId = draft.featuredImageId() == null || draft.featuredImageId() == 0 ? null : draft.featuredImageId();
        if (draft.reviewsAskedFor().stream().anyMatch(k -> !kinds.known(k))) {
            errors.put("requiredReviews", "review.kind.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<String> required = kinds.of(draft.reviewsAskedFor()).stream().map(ReviewKind::code).toList();
        return new ArticleContent(slug, title, subtitle, sanitizer.sanitize(rawBody), draft.authorId(),
                draft.categoryId(), sponsor, seoTitle, seoDescription, imageId, required);
    }

    private void checkByline(ArticleDraft draft, Map<String, String> errors) {
        if (draft.authorId() == null) {
            errors.put("author", "article.author.required");
        } else if (authors.find(draft.authorId()).isEmpty()) {
            errors.put("author", "article.author.unknown");
        }
        if (draft.categoryId() == null) {
            errors.put("category", "article.category.required");
        } else if (categories.find(draft.categoryId()).isEmpty()) {
            errors.put("category", "article.category.unknown");
        }
    }

    private static void checkSponsor(ArticleDraft draft, String sponsor, Map<String, String> errors) {
        if (sponsor != null && (sponsor.isEmpty() || sponsor.length() > ArticleEditor.MAX_SPONSOR)) {
            errors.put("sponsorName", "article.sponsor.invalid");
        } else if (Boolean.TRUE.equals(draft.sponsored()) && sponsor == null) {
            errors.put("sponsorName", "article.sponsor.required");
        } else if (Boolean.FALSE.equals(draft.sponsored()) && sponsor != null) {
            errors.put("sponsored", "article.sponsor.contradicts");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
