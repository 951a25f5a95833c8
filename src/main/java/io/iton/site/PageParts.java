package io.iton.site;

import java.time.Instant;
import java.util.Arrays;

/**
 * A kept page cut where a shared piece goes ({@link MoreArticles}): the bytes before and after the
 * hole, each also as raw deflate when the page goes out gzipped ({@link GzipParts}), and the page
 * as last filled in. Filling in copies bytes and sums a CRC; nothing is rendered or compressed.
 */
final class PageParts {

    private final long articleId;
    private final byte[] before;
    private final byte[] after;
    private final byte[] beforeDeflated;
    private final byte[] afterDeflated;
    private volatile Filled filled;

    /** What goes into a hole: its HTML, that HTML as raw deflate ({@link GzipParts}), and when it was made. */
    record Piece(byte[] html, byte[] deflated, Instant at) {
    }

    /** The page filled with {@code piece}. */
    private record Filled(Piece piece, CachedPage page) {
    }

    private PageParts(long articleId, byte[] before, byte[] after, boolean gzip) {
        this.articleId = articleId;
        this.before = before;
        this.after = after;
        this.beforeDeflated = gzip ? GzipParts.deflate(before, false) : null;
        this.afterDeflated = gzip ? GzipParts.deflate(after, true) : null;
    }

    /** {@code body} without the hole from {@code start} to {@code end}, which is for {@code articleId}'s page. */
    static PageParts cut(byte[] body, int start, int end, long articleId, boolean gzip) {
        return new PageParts(articleId, Arrays.copyOfRange(body, 0, start), Arrays.copyOfRange(body, end, body.length),
                gzip);
    }

    long articleId() {
        return articleId;
    }

    /**
     * {@code page} (whose parts these are) with {@code piece} in the hole, kept until the piece is
     * another; the piece's time is the page's {@code Last-Modified} if later.
     */
    CachedPage filledWith(Piece piece, CachedPage page) {
        Filled last = filled;
        if (last != null && last.piece() == piece) {
            return last.page();
        }
        byte[] whole = whole(piece.html());
        byte[] gzipped = beforeDeflated == null ? null
                : GzipParts.gzip(whole, beforeDeflated, piece.deflated(), afterDeflated);
        Instant at = piece.at();
        CachedPage result = page.filled(whole, gzipped, at.isAfter(page.lastModified()) ? at : page.lastModified());
        filled = new Filled(piece, result);
        return result;
    }

    /** The page with {@code html} in its hole. */
    byte[] whole(byte[] html) {
        return joined(before, html, after);
    }

    /** {@code parts} one after the other. */
    static byte[] joined(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** The bytes kept, counting one filled copy of the page beside the parts. */
    int weight() {
        int parts = before.length + after.length;
        int deflated = beforeDeflated == null ? 0 : beforeDeflated.length + afterDeflated.length;
        return 2 * (parts + deflated) + 4096;
    }
}
