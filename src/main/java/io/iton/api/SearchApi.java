package io.iton.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.iton.api.ArticleJson.Ref;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.search.Search;
import io.iton.search.SearchAdmin;
import io.iton.search.SearchRequest;
import io.iton.search.SearchResults;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NotFound;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;
import io.iton.tag.Tags;

/** {@code /api/v1/search}: the site's search as JSON; {@code scope=all} adds drafts for newsroom accounts. */
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

    record Result(long id, String url, String titleHtml, String snippetHtml, Instant publishedAt, String status,
                  Ref category, Ref author, boolean sponsored, String sponsorName) {
    }

    record Results(List<Result> items, long total, boolean totalIsAtLeast, int page, int size, int totalPages,
                   String suggestion) {
    }

    private final Search search;
    private final SearchAdmin admin;
    private final Categories categories;
    private final Authors authors;
    private final Tags tags;
    private final SiteProperties site;
    private final Localizer t;

    SearchApi(Search search, SearchAdmin admin, Categories categories, Authors authors, Tags tags, SiteProperties site,
              Localizer t) {
        this.search = search;
        this.admin = admin;
        this.categories = categories;
        this.authors = authors;
        this.tags = tags;
        this.site = site;
        this.t = t;
    }

    @GetMapping
    Results search(@RequestParam(defaultValue = "") String q,
                   @RequestParam(required = false) String category,
                   @RequestParam(required = false) String tag,
                   @RequestParam(required = false) String author,
                   @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to,
                   @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size,
                   @RequestParam(required = false) String scope, Authentication auth) {
        boolean all = "all".equals(scope);
        if (all && (auth == null || auth instanceof AnonymousAuthenticationToken)) {
            throw new AccessDeniedException("scope=all needs a newsroom account");
        }
        if (q.isBlank()) {
            throw InvalidInput.of("q", "search.prompt");
        }
        Long categoryId = category == null ? null : categories.findBySlug(category)
                .orElseThrow(() -> InvalidInput.of("category", "article.category.unknown")).id();
        Long tagId = tag == null ? null : tags.findBySlug(tag).orElseThrow(() -> new NotFound("tag " + tag)).id();
        Long authorId = author == null ? null : authors.findBySlug(author)
                .orElseThrow(() -> InvalidInput.of("author", "article.author.unknown")).id();
        SearchResults results = search.search(new SearchRequest(q, categoryId, tagId, authorId, start(from, "from"),
                end(to), ApiPaging.of(page, size), all));
        if (results.blank()) {
            throw InvalidInput.of("q", "search.noWords");
        }
        return new Results(results(results), results.total(), results.totalIsAtLeast(), results.page(), results.pageSize(), results.totalPages(),
                results.suggestion());
    }

    /** Starts rebuilding the index from the database (administrators); search answers throughout. */
    @PostMapping("/rebuild")
    ResponseEntity<ProblemDetail> rebuild() {
        boolean started = admin.startRebuild();
        HttpStatus status = started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status,
                t.text(started ? "api.search.rebuildStarted" : "api.search.rebuildRunning")));
    }

    @GetMapping("/status")
    SearchAdmin.Status status() {
        return admin.status();
    }

    private List<Result> results(SearchResults results) {
        Map<Long, Ref> categoryRefs = categories.all().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> new Ref(c.id(), c.slug(), c.name())));
        Map<Long, Ref> authorRefs = authors.byIds(results.hits().stream().map(SearchResults.Hit::authorId).distinct().toList())
                .values().stream().collect(Collectors.toMap(a -> a.id(), a -> new Ref(a.id(), a.slug(), a.displayName()),
                        (a, b) -> a));
        return results.hits().stream().map(h -> new Result(h.id(), site.absolute(PublicPaths.article(h.id(), h.slug())),
                h.titleHtml(), h.snippetHtml(), h.publishedAt(), h.status(), categoryRefs.get(h.categoryId()),
                authorRefs.get(h.authorId()), h.sponsorName() != null, h.sponsorName())).toList();
    }

    private Instant start(String date, String field) {
        return date == null ? null : parse(date, field).atStartOfDay(site.timeZone()).toInstant();
    }

    private Instant end(String date) {
        return date == null ? null : parse(date, "to").plusDays(1).atStartOfDay(site.timeZone()).toInstant().minusSeconds(1);
    }

    private static LocalDate parse(String date, String field) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "search.badDate");
        }
    }
}
