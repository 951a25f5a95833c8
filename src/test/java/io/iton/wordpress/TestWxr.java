package io.iton.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small WXR files written for one test: a site address of their own, and posts as given. */
final class TestWxr {

    private final String site;
    private final StringBuilder items = new StringBuilder();

    TestWxr(String site) {
        this.site = site;
    }

    TestWxr post(long id, String title, String slug, String creator, String category, String content) {
        items.append("<item><title><![CDATA[").append(title).append("]]></title>\n")
                .append("<link>").append(site).append("/").append(slug).append("/</link>\n")
                .append("<dc:creator><![CDATA[").append(creator).append("]]></dc:creator>\n")
                .append("<content:encoded><![CDATA[").append(content).append("]]></content:encoded>\n")
                .append("<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n")
                .append("<wp:post_id>").append(id).append("</wp:post_id>\n")
                .append("<wp:post_date>2025-03-01 10:00:00</wp:post_date>\n")
                .append("<wp:post_date_gmt>2025-03-01 08:00:00</wp:post_date_gmt>\n")
                .append("<wp:post_name><![CDATA[").append(slug).append("]]></wp:post_name>\n")
                .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n")
                .append("<wp:post_password></wp:post_password><wp:is_sticky>0</wp:is_sticky>\n");
        if (category != null) {
            items.append("<category domain=\"category\" nicename=\"").append(category).append("\"><![CDATA[")
                    .append(category).append("]]></category>\n");
        }
        items.append("</item>\n");
        return this;
    }

    String xml() {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" \
                xmlns:content="http://purl.org/rss/1.0/modules/content/" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>בדיקה</title>
                <link>%s</link>
                <wp:base_blog_url>%s</wp:base_blog_url>
                <wp:author><wp:author_login>dana</wp:author_login><wp:author_display_name>דנה</wp:author_display_name></wp:author>
                <wp:category><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>חדשות בדיקה</wp:cat_name></wp:category>
                %s</channel>
                </rss>
                """.formatted(site, site, items);
    }

    Path write(Path folder) throws IOException {
        return write(folder, xml().getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "export", ".xml");
        Files.write(file, bytes);
        return file;
    }
}
