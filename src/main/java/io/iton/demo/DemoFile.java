package io.iton.demo;

import java.time.OffsetDateTime;
import java.util.List;

/** The shape of {@code demo/*.json}. */
record DemoFile(List<DemoAuthor> authors, List<DemoCategory> categories, List<DemoArticle> articles) {

    record DemoAuthor(String slug, String displayName, String bio) {
    }

    record DemoCategory(String slug, String name, String description, boolean featured, int position) {
    }

    record DemoArticle(String slug, String title, String subtitle, String author, String category,
                       OffsetDateTime publishedAt, List<String> tags, String sponsor, String bodyHtml) {
    }
}
