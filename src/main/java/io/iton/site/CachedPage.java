package io.iton.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * One kept response, with everything a hit sends worked out once when it is stored: the entity
 * tag, the {@code Last-Modified} text, the headers to replay, and the gzipped body, so that a hit
 * only copies bytes.
 *
 * @param gzipped the body gzipped, or null when it is not worth compressing
 * @param headers name and value pairs, in order, as the first rendering sent them
 * @param parts for a page kept with a hole ({@link MoreArticles}), the page around it, and then the body,
 *              gzipped body and entity tag are null until it is filled in ({@link #filled}); otherwise null
 */
record CachedPage(byte[] body, byte[] gzipped, String contentType, List<Map.Entry<String, String>> headers,
                  String etag, Instant lastModified, String lastModifiedText, Set<String> tags, PageParts parts) {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** What a rendering produced; {@code parts}: the page cut at its hole, if it has one (then body and gzipped are not kept). */
    record Rendered(byte[] body, byte[] gzipped, String contentType, Map<String, List<String>> headers, PageParts parts) {

        Rendered(byte[] body, byte[] gzipped, String contentType, Map<String, List<String>> headers) {
            this(body, gzipped, contentType, headers, null);
        }
    }

    static CachedPage of(Rendered rendered, Set<String> tags, Instant lastModified) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        rendered.headers().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        if (rendered.parts() != null) {
            return new CachedPage(null, null, rendered.contentType(), List.copyOf(headers), null, lastModified,
                    HTTP_DATE.format(lastModified), tags, rendered.parts());
        }
        return new CachedPage(rendered.body(), rendered.gzipped(), rendered.contentType(), List.copyOf(headers),
                etag(rendered.body()), lastModified, HTTP_DATE.format(lastModified), tags, null);
    }

    /** This holed page with its hole filled: {@code body} the whole page, {@code gzipped} it gzipped or null. */
    CachedPage filled(byte[] body, byte[] gzipped, Instant lastModified) {
        return new CachedPage(body, gzipped, contentType, headers, etag(body), lastModified,
                HTTP_DATE.format(lastModified), tags, null);
    }

    /** Roughly what it takes in memory: its bytes, plus its tags and headers. */
    int weight() {
        int bytes = parts != null ? parts.weight() : body.length + (gzipped == null ? 0 : gzipped.length);
        return bytes + tags.size() * 64 + headers.size() * 96 + 300;
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A weak tag: the same page goes out gzipped or not, and a strong tag would have to differ
     * between the two.
     */
    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
