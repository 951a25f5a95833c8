package io.iton.feed;

import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.iton.shared.NotFound;
import io.iton.shared.PageTags;
import io.iton.shared.SiteProperties;

/** {@code /sitemap.xml}, its paged sitemaps under {@code /sitemaps/}, and {@code /robots.txt} pointing at them. */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemaps sitemaps;
    private final SiteProperties site;
    private final Clock clock;

    SitemapController(Sitemaps sitemaps, SiteProperties site, Clock clock) {
        this.sitemaps = sitemaps;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        return xml(sitemaps.index(clock.instant()));
    }

    @GetMapping("/sitemaps/articles-{page}.xml")
    ResponseEntity<String> articles(@PathVariable String page) {
        return xml(sitemaps.articles(page(page, sitemaps.articlePages())));
    }

    @GetMapping("/sitemaps/tags-{page}.xml")
    ResponseEntity<String> tags(@PathVariable String page) {
        return xml(sitemaps.tags(page(page, sitemaps.tagPages())));
    }

    @GetMapping("/sitemaps/categories.xml")
    ResponseEntity<String> categories() {
        return xml(sitemaps.categories());
    }

    @GetMapping("/sitemaps/authors.xml")
    ResponseEntity<String> authors() {
        return xml(sitemaps.authors());
    }

    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<String> news() {
        return xml(sitemaps.news(clock.instant()));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String robots = """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /search

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"), site.absolute("/sitemaps/news.xml"));
        PageTags.record(PageTags.FIXED);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(robots);
    }

    private static int page(String text, int pages) {
        try {
            int page = Integer.parseInt(text);
            if (page >= 1 && page <= pages) {
                return page;
            }
        } catch (NumberFormatException e) {
            // an unknown page is simply not there
        }
        throw new NotFound("sitemap page " + text);
    }

    private static ResponseEntity<String> xml(String body) {
        PageTags.record(PageTags.SITEMAPS);
        return ResponseEntity.ok().contentType(XML).body(body);
    }
}
