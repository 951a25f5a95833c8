package io.iton.wordpress;

import java.util.List;
import java.util.Map;

/** What a WordPress export (WXR) holds, as read, before anything is decided about it. */
final class Wxr {

    private Wxr() {
    }

    /** The exported site: its address keys the import's memory of what it already did. */
    record Site(String title, String link, String baseBlogUrl) {
        String source() {
            String s = baseBlogUrl != null && !baseBlogUrl.isBlank() ? baseBlogUrl : link;
            return s == null || s.isBlank() ? "unknown-site" : s.strip();
        }
    }

    record Author(String login, String displayName, int line) {
    }

    /** A category ({@code parent} is a nicename or blank) or a tag ({@code parent} null). */
    record Term(boolean category, String nicename, String name, String parent, int line) {
    }

    /** A category or tag named on one item: {@code domain} is {@code category} or {@code post_tag}. */
    record ItemTerm(String domain, String nicename, String name) {
    }

    /** One {@code <item>}: a post, page, attachment, menu item… with where it starts in the file. */
    record Item(int line, String title, String link, String guid, String creator, String content, String excerpt,
                long postId, String postDate, String postDateGmt, String postModified, String postModifiedGmt,
                String postName, String status, String postType,
                String password, boolean sticky, long parent, List<ItemTerm> terms, Map<String, String> meta,
                String attachmentUrl, List<ReadProblem> problems) {

        String label() {
            return title == null || title.isBlank() ? "#" + postId : title.strip();
        }
    }
}
