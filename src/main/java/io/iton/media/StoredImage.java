package io.iton.media;

import java.time.Instant;
import java.util.List;

import io.iton.article.Actor;

/**
 * One image of the library as its row says: where its files are, how big it is, which narrower
 * copies exist, and the words that go with it. Knows its own URLs and who may change it.
 */
record StoredImage(long id, String token, ImageFormat format, String originalExt, int width, int height,
                   List<Integer> variantWidths, String variantExt, long bytes, ImageDetails details, Long uploadedBy,
                   Instant createdAt, Instant updatedAt) {

    /** The copy used where nothing else is asked for: wide enough for the article column on a high-density phone. */
    static final int DEFAULT_WIDTH = 1024;
    /** Wider originals are for downloading, not for a browser to pick from the srcset on a large screen. */
    static final int MAX_ORIGINAL_IN_SRCSET = 2048;
    /** The article column is 42rem wide; below that the image fills the screen. */
    static final String SIZES = "(min-width: 44rem) 42rem, 100vw";

    StoredImage {
        variantWidths = List.copyOf(variantWidths);
    }

    String folder() {
        return id + "-" + token;
    }

    String url(String file) {
        return "/media/" + folder() + "/" + file;
    }

    String originalUrl() {
        return url("original." + originalExt);
    }

    /** An uploader may change and delete their own images; editors and administrators anyone's. */
    boolean mayBeChangedBy(Actor actor) {
        return actor.editor() || (uploadedBy != null && uploadedBy.equals(actor.userId()));
    }

    StoredImage withDetails(ImageDetails changed, Instant now) {
        return new StoredImage(id, token, format, originalExt, width, height, variantWidths, variantExt, bytes, changed,
                uploadedBy, createdAt, now);
    }

    /** The default copy's width: the 1024 one, else the widest copy below it, else the image itself. */
    int srcWidth() {
        if (width <= DEFAULT_WIDTH) {
            return width;
        }
        return variantWidths.stream().filter(w -> w <= DEFAULT_WIDTH).reduce((a, b) -> b).orElse(width);
    }

    String src() {
        int w = srcWidth();
        return w == width ? originalUrl() : url(w + "." + variantExt);
    }

    /** Every copy by width, and the full image unless it is one of a camera's many-megapixel originals. */
    String srcset() {
        if (variantWidths.isEmpty()) {
            return "";
        }
        StringBuilder srcset = new StringBuilder();
        for (int w : variantWidths) {
            srcset.append(url(w + "." + variantExt)).append(' ').append(w).append("w, ");
        }
        if (width <= MAX_ORIGINAL_IN_SRCSET) {
            srcset.append(originalUrl()).append(' ').append(width).append("w, ");
        }
        return srcset.substring(0, srcset.length() - 2);
    }

    /** The narrowest copy, for grids and pickers; the image itself when it has none. */
    int thumbnailWidth() {
        return variantWidths.isEmpty() ? width : variantWidths.getFirst();
    }

    String thumbnailUrl() {
        return variantWidths.isEmpty() ? originalUrl() : url(variantWidths.getFirst() + "." + variantExt);
    }

    int heightAt(int w) {
        return (int) Math.max(1, Math.round((double) height * w / width));
    }

    Image image() {
        int w = srcWidth();
        return new Image(id, src(), srcset(), SIZES, w, heightAt(w), details.alt(), details.caption(), details.credit(),
                originalUrl(), width, height, mediaType(w == width ? originalExt : variantExt), mediaType(originalExt),
                bytes);
    }

    static String mediaType(String ext) {
        return switch (ext) {
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            default -> "image/jpeg";
        };
    }
}
