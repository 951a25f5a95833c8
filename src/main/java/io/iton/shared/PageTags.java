package io.iton.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a public page shows, noted while it is rendered, so that its kept copy (the site's page
 * cache, a CDN) is dropped exactly when one of those things changes: {@code article:12} for an
 * article's words on the page, {@code list:category:3} for "the public articles of category 3, in
 * order" (every page of that list, its feed, and the related articles drawn from it), {@code nav}
 * for the header's featured categories. The page cache asks for notes by putting a set in the
 * request ({@link #ATTRIBUTE}); without one (the newsroom's preview, a command) nothing is noted.
 */
public final class PageTags {

    /** The request attribute holding the page's tags, a {@code Set<String>}, put there by the page cache. */
    public static final String ATTRIBUTE = PageTags.class.getName();
    /** The featured categories in the header of every site page. */
    public static final String NAV = "nav";
    /** The latest public articles of the whole site, in order. */
    public static final String LATEST = "list:latest";
    /** Every sitemap: they list all public articles, categories, tags and authors with their times. */
    public static final String SITEMAPS = "sitemaps";
    /** A page that shows no content, such as robots.txt: dropped only when everything is. */
    public static final String FIXED = "fixed";

    private PageTags() {
    }

    public static String article(long id) {
        return "article:" + id;
    }

    public static String category(long id) {
        return "category:" + id;
    }

    public static String tag(long id) {
        return "tag:" + id;
    }

    public static String author(long id) {
        return "author:" + id;
    }

    public static String image(long id) {
        return "image:" + id;
    }

    public static String categoryList(long id) {
        return "list:category:" + id;
    }

    public static String tagList(long id) {
        return "list:tag:" + id;
    }

    public static String authorList(long id) {
        return "list:author:" + id;
    }

    /** Notes that the page being rendered shows these. */
    public static void record(String... tags) {
        Set<String> page = current();
        if (page != null) {
            page.addAll(Arrays.asList(tags));
        }
    }

    public static void record(Collection<String> tags) {
        Set<String> page = current();
        if (page != null) {
            page.addAll(tags);
        }
    }

    /** Whether the page being rendered is noting its tags: it is rendered for the page cache. */
    public static boolean noting() {
        return current() != null;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
