package io.iton.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The export's attachments, small facts only (what is kept per attachment is a few short
 * strings): which post each belongs to, and our image address for those imported, so posts can
 * point their images, galleries and featured image at the media library.
 */
final class AttachmentIndex implements WordPressContent.Attachments {

    /** WordPress's resized copies: {@code photo-300x200.jpg} is {@code photo.jpg}. */
    private static final Pattern SIZE = Pattern.compile("-(?:\\d{1,5}x\\d{1,5}|scaled)(?=\\.[a-zA-Z0-9]{2,5}$)");

    record Attachment(long id, long parent, String url, String alt, String caption, Long mediaId, String ourSrc) {
    }

    private final Map<Long, Attachment> byId = new HashMap<>();
    private final Map<String, String> srcByPath = new HashMap<>();
    private final Map<Long, List<Long>> byParent = new HashMap<>();

    void add(Attachment attachment) {
        byId.put(attachment.id(), attachment);
        byParent.computeIfAbsent(attachment.parent(), p -> new ArrayList<>()).add(attachment.id());
        if (attachment.ourSrc() != null && attachment.url() != null) {
            srcByPath.put(key(attachment.url()), attachment.ourSrc());
        }
    }

    Attachment find(long id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    @Override
    public String ourSrc(String oldUrl) {
        if (oldUrl == null || oldUrl.isBlank() || srcByPath.isEmpty()) {
            return null;
        }
        String exact = srcByPath.get(key(oldUrl));
        return exact != null ? exact : srcByPath.get(key(SIZE.matcher(strip(oldUrl)).replaceFirst("")));
    }

    @Override
    public List<WordPressContent.Shown> gallery(long postId, List<Long> ids) {
        List<Long> chosen = ids.isEmpty() ? byParent.getOrDefault(postId, List.of()) : ids;
        List<WordPressContent.Shown> shown = new ArrayList<>();
        for (long id : chosen) {
            Attachment a = byId.get(id);
            if (a != null && (a.ourSrc() != null || a.url() != null && !a.url().isBlank())) {
                shown.add(new WordPressContent.Shown(a.ourSrc() != null ? a.ourSrc() : a.url(), a.alt(), a.caption()));
            }
        }
        return shown;
    }

    /** The address without scheme, host and query: the same file on http, https or a CDN host. */
    private static String key(String url) {
        return strip(url).toLowerCase(Locale.ROOT);
    }

    private static String strip(String url) {
        String s = url.strip().replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("^//[^/]*", "");
        int q = s.indexOf('?');
        return q >= 0 ? s.substring(0, q) : s;
    }
}
