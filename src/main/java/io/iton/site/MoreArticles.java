package io.iton.site;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import io.iton.article.Article;
import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.article.Related;
import io.iton.shared.Localizer;
import io.iton.shared.PageTags;
import io.iton.shared.SiteProperties;
import io.iton.site.PageParts.Piece;

/**
 * "More articles" at the foot of every article page: the related articles (sharing its tags, or
 * of its category) and the latest ones. Every publish changes the latest list, and a publish with
 * a common tag the related lists of every article carrying it; if each article page were kept with
 * the lists inside, every publish would drop most kept article pages, on a busy news day every few
 * seconds. So a kept article page has a hole where the lists go ({@link #hole}), and the lists are
 * fragments of the page cache: the latest list one for all pages, the related list one for each
 * article, each dropped when something it shows changes. A page is filled in when it is answered,
 * once for each version of its lists ({@link PageParts}). An article page rendered without the page
 * cache (the newsroom's preview) has the lists in place ({@link #inPlace}).
 */
@Component
class MoreArticles {

    static final int LATEST = 5;
    static final int RELATED = 4;
    private static final String LATEST_FRAGMENT = "latest";
    private static final String RELATED_FRAGMENT = "related:";

    private static final String HOLE_END = "-->";
    /** About what one rendered list takes, to weigh a fragment before its pieces are made. */
    private static final int PIECE_ESTIMATE = 2048;

    /** Where a page's hole starts: unguessable, so that no text an author wrote can open one. */
    private final String holeStart = "<!--more-" + HexFormat.of().formatHex(SecureRandom.getSeed(12)) + ":";
    private final Articles articles;
    private final ArticleCards cards;
    private final PageCache cache;
    private final TemplateEngine templates;
    private final Localizer t;
    private final Clock clock;
    private final boolean sponsoredInRelated;

    MoreArticles(Articles articles, ArticleCards cards, PageCache cache, TemplateEngine templates, Localizer t,
                 Clock clock, SiteProperties site) {
        this.articles = articles;
        this.cards = cards;
        this.cache = cache;
        this.templates = templates;
        this.t = t;
        this.clock = clock;
        this.sponsoredInRelated = site.sponsoredInRelated();
    }

    /** The lists as an article page shows them in place. */
    record InPlace(List<ArticleCard> related, List<ArticleCard> latest) {
    }

    /** Both lists for {@code article}'s page, rendered into it: the related, and the newest public articles but its own. */
    InPlace inPlace(Article article) {
        return new InPlace(cards.of(related(article).articles()), cards.of(shownWith(newest(), article.id())));
    }

    /** What a kept article page has instead of the lists; {@link #split} finds it in the rendered page. */
    String hole(long articleId) {
        return holeStart + articleId + HOLE_END;
    }

    /** The rendered page cut at its hole, or null when it has none. */
    PageParts split(byte[] body, boolean gzip) {
        // Latin-1 maps each byte to one char, so the text's indexes are the body's.
        String bytes = new String(body, StandardCharsets.ISO_8859_1);
        int start = bytes.indexOf(holeStart);
        if (start < 0) {
            return null;
        }
        int idStart = start + holeStart.length();
        int idEnd = bytes.indexOf(HOLE_END, idStart);
        long articleId = Long.parseLong(bytes, idStart, idEnd, 10);
        return PageParts.cut(body, start, idEnd + HOLE_END.length(), articleId, gzip);
    }

    /** The kept page with the lists as they are now in its hole; worked out once for each version of them. */
    CachedPage filled(CachedPage page) {
        PageParts parts = page.parts();
        return parts.filledWith(piece(parts), page);
    }

    /** A page that is not kept, with the lists in its hole. */
    byte[] whole(PageParts parts) {
        return parts.whole(piece(parts).html());
    }

    private Piece piece(PageParts parts) {
        long articleId = parts.articleId();
        Piece latest = cache.<Newest>fragment(LATEST_FRAGMENT, this::renderLatest).piece(articleId);
        return cache.<RelatedPiece>fragment(RELATED_FRAGMENT + articleId, () -> renderRelated(articleId)).with(latest);
    }

    private Related related(Article article) {
        return articles.relatedPublic(article, RELATED, sponsoredInRelated);
    }

    /** The newest public articles, one more than shown, in case one of them is the page's own. */
    private List<ArticleSummary> newest() {
        return articles.newestPublic(LATEST + 1);
    }

    private static List<ArticleSummary> shownWith(List<ArticleSummary> newest, long articleId) {
        return newest.stream().filter(s -> s.id() != articleId).limit(LATEST).toList();
    }

    /** The latest list, kept until a publish changes it or one of its articles, categories or authors changes. */
    private PageCache.Shown<Newest> renderLatest() {
        List<ArticleSummary> newest = newest();
        Set<String> shown = new HashSet<>(Set.of(PageTags.LATEST));
        newest.forEach(s -> shown.addAll(cardTags(s)));
        return new PageCache.Shown<>(new Newest(newest, now()), shown);
    }

    /**
     * An article's related list, kept until its article changes (its tags, its category), a list it
     * is drawn from changes (an article joins or leaves one of its tags, or its category when that
     * filled in), or one of the articles, categories or authors it shows changes.
     */
    private PageCache.Shown<RelatedPiece> renderRelated(long articleId) {
        Set<String> shown = new HashSet<>(Set.of(PageTags.article(articleId)));
        Optional<Article> article = articles.findPublic(articleId);
        if (article.isEmpty()) {  // gone since its page was kept: the page is being dropped too
            return new PageCache.Shown<>(new RelatedPiece(html(List.of(), List.of()), now()), shown);
        }
        Related related = related(article.get());
        article.get().tagIds().forEach(id -> shown.add(PageTags.tagList(id)));
        if (related.fromCategory()) {
            shown.add(PageTags.categoryList(article.get().categoryId()));
        }
        related.articles().forEach(s -> shown.addAll(cardTags(s)));
        return new PageCache.Shown<>(new RelatedPiece(html(cards.of(related.articles()), List.of()), now()), shown);
    }

    private static List<String> cardTags(ArticleSummary summary) {
        return List.of(PageTags.article(summary.id()), PageTags.category(summary.categoryId()),
                PageTags.author(summary.authorId()));
    }

    private byte[] html(List<ArticleCard> related, List<ArticleCard> latest) {
        StringOutput html = new StringOutput();
        templates.render("site/moreArticles.jte", Map.of("t", t, "related", related, "latest", latest), html);
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** One version of the latest list, and its HTML without each page's own article, made when first asked. */
    private final class Newest implements PageCache.Weighed {

        private final List<ArticleSummary> articles;
        private final Instant at;
        private final ConcurrentHashMap<Long, Piece> pieces = new ConcurrentHashMap<>();

        Newest(List<ArticleSummary> articles, Instant at) {
            this.articles = articles;
            this.at = at;
        }

        /** The list for the page of {@code articleId}: the same for every page whose article is not in it. */
        Piece piece(long articleId) {
            return pieces.computeIfAbsent(lists(articleId) ? articleId : 0, id -> {
                byte[] bytes = html(List.of(), cards.of(shownWith(articles, id)));
                return new Piece(bytes, null, at);
            });
        }

        /** Weighed once, when kept, before its pieces are made: at most one for each listed article and one shared. */
        @Override
        public int weight() {
            return (LATEST + 2) * PIECE_ESTIMATE;
        }

        /** A plain loop: it runs on every answer from the cache. */
        private boolean lists(long articleId) {
            for (ArticleSummary article : articles) {
                if (article.id() == articleId) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One version of an article's related list, and the whole hole for its page with the latest list
     * after it: made again only when the latest list is another version.
     */
    private static final class RelatedPiece implements PageCache.Weighed {

        private final byte[] html;
        private final Instant at;
        private volatile Both last;

        private record Both(Piece latest, Piece whole) {
        }

        RelatedPiece(byte[] html, Instant at) {
            this.html = html;
            this.at = at;
        }

        /**
         * Weighed once, when kept, before {@link #with} makes the whole hole: its HTML, and that
         * HTML again with a latest list after it, as HTML and deflated (deflate at least halves it).
         */
        @Override
        public int weight() {
            int whole = html.length + PIECE_ESTIMATE;
            return html.length + whole + whole / 2 + 200;
        }

        Piece with(Piece latest) {
            Both both = last;
            if (both != null && both.latest() == latest) {
                return both.whole();
            }
            byte[] whole = PageParts.joined(html, latest.html());
            Piece piece = new Piece(whole, GzipParts.deflate(whole, false), at.isAfter(latest.at()) ? at : latest.at());
            last = new Both(latest, piece);
            return piece;
        }
    }
}
