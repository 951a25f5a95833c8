package io.iton.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A WordPress export (WXR 1.2) of Hebrew posts, written as a stream, in the shape of
 * {@code bench/wxr-generate.py} but smaller: 3 categories, 20 tags, 2 authors; every 10th post a
 * draft, the others published. Every post's body has {@code word}, so one search finds them all.
 */
public final class WxrExport {

    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final String SITE = "https://crash.example.co.il";

    private WxrExport() {
    }

    /** Whether the generated post {@code n} (from 1) is published. */
    public static boolean published(int n) {
        return n % 10 != 0;
    }

    public static void write(Path file, int posts, String word) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" \
                    xmlns:content="http://purl.org/rss/1.0/modules/content/" \
                    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>חדשות הקריסה</title><link>%1$s</link>
                    <wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>%1$s</wp:base_blog_url>
                    <wp:author><wp:author_login>writer1</wp:author_login><wp:author_display_name><![CDATA[כתב ראשון]]></wp:author_display_name></wp:author>
                    <wp:author><wp:author_login>writer2</wp:author_login><wp:author_display_name><![CDATA[כתבת שנייה]]></wp:author_display_name></wp:author>
                    """.formatted(SITE));
            for (int n = 1; n <= posts; n++) {
                w.write(item(n, word));
            }
            w.write("</channel>\n</rss>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String item(int n, String word) {
        LocalDateTime when = LocalDateTime.of(2020, 1, 1, 8, 0).plusMinutes(53L * n);
        String body = ("חדשות מהארכיון הישן, מספר %d, על %s ועל הכנסת.\n\nפסקה שנייה על ביטחון, כלכלה וחינוך בישראל.\n\n"
                + "<h2>רקע</h2>\n\nפסקה שלישית: גורמים מדיניים אמרו הערב כי הנושא יידון בשבוע הבא.").formatted(n, word);
        String status = published(n) ? "publish" : "draft";
        String gmt = published(n) ? WP.format(when) : "0000-00-00 00:00:00";
        return """
                <item><title><![CDATA[ידיעה מיובאת מספר %1$d]]></title>
                <link>%2$s/?p=%1$d</link><dc:creator><![CDATA[writer%3$d]]></dc:creator>
                <guid isPermaLink="false">%2$s/?p=%1$d</guid>
                <content:encoded><![CDATA[%4$s]]></content:encoded><excerpt:encoded><![CDATA[תקציר הידיעה %1$d]]></excerpt:encoded>
                <wp:post_id>%1$d</wp:post_id><wp:post_date>%5$s</wp:post_date><wp:post_date_gmt>%6$s</wp:post_date_gmt>
                <wp:post_name><![CDATA[post-%1$d]]></wp:post_name><wp:status>%7$s</wp:status><wp:post_parent>0</wp:post_parent>
                <wp:post_type>post</wp:post_type><wp:post_password></wp:post_password><wp:is_sticky>0</wp:is_sticky>
                <category domain="category" nicename="section-%8$d"><![CDATA[מדור %8$d]]></category>
                <category domain="post_tag" nicename="topic-%9$d"><![CDATA[נושא %9$d]]></category>
                <category domain="post_tag" nicename="topic-%10$d"><![CDATA[נושא %10$d]]></category>
                </item>
                """.formatted(n, SITE, n % 2 + 1, body, WP.format(when.plusHours(2)), gmt, status, n % 3, n % 20,
                (n + 7) % 20);
    }
}
