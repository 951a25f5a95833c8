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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import io.iton.article.ArticleSummary;
import io.iton.article.Articles;
import io.iton.shared.Localizer;
import io.iton.shared.PageTags;
import io.iton.site.PageParts.Piece;

/**
 * The "latest articles" list at the foot of every article page. Every publish changes it, and if
 * each article page were kept with the list inside, every publish would drop every kept article
 * page: on a busy news day, all of them every few seconds. So a kept article page has a hole where
 * the list goes ({@link #hole}), and the list is kept once, as a fragment of the page cache that a
 * publish drops; a page is filled in when it is answered, once for each version of the list
 * ({@link PageParts}). An article page rendered without the page cache (the newsroom's preview)
 * has the list in place ({@link #cardsFor}).
 */
@Component
class LatestList {

    static final int SHOWN = 5;
    private static final String FRAGMENT = "latest";

    private static final String HOLE_END = "-->";

    /** Where a page's hole starts: unguessable, so that no text an author wrote can open one. */
    private final String holeStart = "<!--latest-" + HexFormat.of().formatHex(SecureRandom.getSeed(12)) + ":";
    private final Articles articles;
    private final ArticleCards cards;
    private final PageCache cache;
    private final TemplateEngine templates;
    private final Localizer t;
    private final Clock clock;

    LatestList(Articles articles, ArticleCards cards, PageCache cache, TemplateEngine templates, Localizer t,
               Clock clock) {
        this.articles = articles;
        this.cards = cards;
        this.cache = cache;
        this.templates = templates;
        this.t = t;
        this.clock = clock;
    }

    /** The list as an article page shows it in place: the newest public articles but the page's own. */
    List<ArticleCard> cardsFor(long articleId) {
        return cards.of(shownWith(newest(), articleId));
    }

    /** What a kept article page has instead of the list; {@link #split} finds it in the rendered page. */
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

    /** The kept page with the list as it is now in its hole; worked out once for each version of the list. */
    CachedPage filled(CachedPage page) {
        PageParts parts = page.parts();
        return parts.filledWith(piece(parts), page);
    }

    /** A page that is not kept, with the list in its hole. */
    byte[] whole(PageParts parts) {
        return parts.whole(piece(parts).html());
    }

    private Piece piece(PageParts parts) {
        return cache.fragment(FRAGMENT, this::render).piece(parts.articleId());
    }

    /** The newest public articles, one more than shown, in case one of them is the page's own. */
    private List<ArticleSummary> newest() {
        return articles.newestPublic(SHOWN + 1);
    }

    private static List<ArticleSummary> shownWith(List<ArticleSummary> newest, long articleId) {
        return newest.stream().filter(s -> s.id() != articleId).limit(SHOWN).toList();
    }

    /** The list, kept until a publish changes it or one of its articles, categories or authors changes. */
    private PageCache.Shown<Newest> render() {
        List<ArticleSummary> newest = newest();
        Set<String> shown = new HashSet<>(Set.of(PageTags.LATEST));
        newest.forEach(s -> shown.addAll(List.of(PageTags.article(s.id()), PageTags.category(s.categoryId()),
                PageTags.author(s.authorId()))));
        return new PageCache.Shown<>(new Newest(newest, clock.instant().truncatedTo(ChronoUnit.SECONDS)), shown);
    }

    /** One version of the list, and its HTML without each page's own article, made when first asked. */
    private final class Newest {

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
                StringOutput html = new StringOutput();
                templates.render("site/latestList.jte", Map.of("t", t, "cards", cards.of(shownWith(articles, id))), html);
                byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
                return new Piece(bytes, GzipParts.deflate(bytes, false), at);
            });
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

}
