package io.iton.site;

import java.util.List;

import org.springframework.stereotype.Component;

import io.iton.category.Categories;
import io.iton.shared.PageTags;
import io.iton.shared.PublicPaths;
import io.iton.shared.SiteProperties;

/** The frame every public page shares, and page titles in the site's one format. */
@Component
class SiteFrame {

    private final Categories categories;
    private final SiteProperties site;

    SiteFrame(Categories categories, SiteProperties site) {
        this.categories = categories;
        this.site = site;
    }

    Chrome chrome() {
        PageTags.record(PageTags.NAV);
        List<Link> featured = categories.featured().stream()
                .map(c -> new Link(c.name(), PublicPaths.category(c.slug())))
                .toList();
        return new Chrome(site.name(), featured);
    }

    /** Head data for a page; {@code path} is its canonical path, or null for pages not to index. */
    PageMeta meta(String title, String description, String path) {
        String fullTitle = title == null ? site.name() : title + " | " + site.name();
        return new PageMeta(fullTitle, description, path == null ? null : site.absolute(path));
    }

    String absolute(String path) {
        return site.absolute(path);
    }
}
