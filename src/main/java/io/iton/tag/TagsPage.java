package io.iton.tag;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

import io.iton.shared.Page;

/** {@code /newsroom/tags}: one page of tags with their article counts, for a query or for all. */
public record TagsPage(Page<CountedTag> tags, String query, String notice) {

    public String previousUrl() {
        return tags.hasPrevious() ? url(tags.number() - 1) : null;
    }

    public String nextUrl() {
        return tags.hasNext() ? url(tags.number() + 1) : null;
    }

    private String url(int page) {
        String q = query == null || query.isBlank() ? "" : "q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8) + "&";
        return "/newsroom/tags?" + q + "page=" + page;
    }
}
