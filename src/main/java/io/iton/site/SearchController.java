package io.iton.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.search.Search;
import io.iton.search.SearchRequest;
import io.iton.search.SearchResults;
import io.iton.shared.Localizer;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tags;

/**
 * {@code /search}: what readers may see, however they typed the word. Nothing a reader types here
 * is an error page: an empty or punctuation-only query, a bad date, an unknown filter each get a
 * plain Hebrew note beside the form, which keeps what they typed.
 */
@Controller
class SearchController {

    private final Search search;
    private final Categories categories;
    private final Authors authors;
    private final Tags tags;
    private final ArticleCards cards;
    private final SiteFrame frame;
    private final SiteProperties site;
    private final Localizer t;

    SearchController(Search search, Categories categories, Authors authors, Tags tags, ArticleCards cards,
                     SiteFrame frame, SiteProperties site, Localizer t) {
        this.search = search;
        this.categories = categories;
        this.authors = authors;
        this.tags = tags;
        this.cards = cards;
        this.frame = frame;
        this.site = site;
        this.t = t;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(name = "q", required = false, defaultValue = "") String q,
                        @RequestParam(required = false, defaultValue = "") String category,
                        @RequestParam(required = false, defaultValue = "") String author,
                        @RequestParam(required = false, defaultValue = "") String tag,
                        @RequestParam(required = false, defaultValue = "") String from,
                        @RequestParam(required = false, defaultValue = "") String to,
                        @RequestParam(name = "page", required = false) String pageParam) {
        PageRequest page = PageNumber.parse(pageParam, site.pageSize());
        List<Category> allCategories = categories.all();
        List<Author> allAuthors = authors.all();
        String message = null;
        Long categoryId = find(allCategories, Category::slug, category).map(Category::id).orElse(null);
        Long authorId = find(allAuthors, Author::slug, author).map(Author::id).orElse(null);
        Long tagId = tag.isBlank() ? null : tags.findBySlug(tag.strip()).map(x -> x.id()).orElse(-1L);
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if ((!from.isBlank() && fromDate == null) || (!to.isBlank() && toDate == null)) {
            message = t.text("search.badDate");
        }
        SearchResults results = message != null || q.isBlank() ? null : search.search(new SearchRequest(q,
                categoryId, tagId, authorId,
                fromDate == null ? null : fromDate.atStartOfDay(site.timeZone()).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(site.timeZone()).toInstant().minusSeconds(1),
                page, false));
        if (message == null && (q.isBlank() || results.blank())) {
            message = t.text(q.isBlank() ? "search.prompt" : "search.noWords");
        } else if (results != null && results.total() == 0) {
            message = t.text("search.noResults");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("category", category);
        filters.put("author", author);
        filters.put("tag", tag);
        filters.put("from", from);
        filters.put("to", to);
        Page<?> paging = results == null ? Page.of(List.of(), page, 0)
                : Page.of(results.hits(), page, Math.min(results.total(), 1000));
        String suggestion = results == null ? null : results.suggestion();
        return new ModelAndView("site/search", Map.of("page", new SearchPage(
                frame.chrome(),
                frame.meta(q.isBlank() ? t.text("search.heading") : t.text("search.titleFor", q), null, null),
                q,
                allCategories.stream().map(c -> new Link(c.name(), c.slug())).toList(), category,
                allAuthors.stream().map(a -> new Link(a.displayName(), a.slug())).toList(), author,
                tag, from, to, message,
                results == null ? 0 : results.total(),
                results != null && results.totalIsAtLeast(),
                results == null ? List.of() : results(results, allCategories),
                suggestion == null ? null : url(filters, "q", suggestion),
                suggestion,
                Pagination.of(paging, url(filters, "page", null)))));
    }

    private List<SearchPage.Result> results(SearchResults results, List<Category> allCategories) {
        Map<Long, Category> byId = allCategories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        return results.hits().stream().map(h -> new SearchPage.Result(h.titleHtml(), h.snippetHtml(),
                PublicPaths.article(h.id(), h.slug()), ArticleCards.link(byId.get(h.categoryId())),
                cards.timestamp(h.publishedAt()), h.sponsorName())).toList();
    }

    /** The search URL with one parameter changed (or, with null, dropped), for "did you mean" and paging. */
    private static String url(Map<String, String> filters, String name, String value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
        Map<String, String> changed = new LinkedHashMap<>(filters);
        changed.remove(name);
        if (value != null) {
            changed.put(name, value);
        }
        changed.forEach((k, v) -> {
            if (!v.isBlank()) {
                url.queryParam(k, v);
            }
        });
        return url.encode().build().toUriString();
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> slug, String wanted) {
        return wanted.isBlank() ? Optional.empty() : items.stream().filter(i -> slug.apply(i).equals(wanted.strip())).findFirst();
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
