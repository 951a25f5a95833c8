package io.iton.media;

/**
 * An image of the library, ready for an {@code <img>}: {@code src} is a good default copy
 * (about 1024 pixels wide) whose size {@code width} × {@code height} gives the browser the
 * aspect ratio before it loads; {@code srcset} and {@code sizes} let it pick a narrower or wider
 * copy (empty {@code srcset} when there is only one file, as for an animated GIF). Every URL is
 * site-relative and never changes: a new upload is a new URL, so they may be cached for good.
 *
 * @param originalUrl    the full-size image, metadata removed; for downloads, zoom and OpenGraph
 * @param originalWidth  its width in pixels
 * @param originalHeight its height in pixels
 * @param srcType        the media type of {@code src} ({@code image/jpeg}, {@code image/png}, {@code image/gif})
 * @param originalType   the media type of the original
 * @param originalBytes  its size in bytes (an RSS enclosure says it)
 */
public record Image(long id, String src, String srcset, String sizes, int width, int height, String alt,
                    String caption, String credit, String originalUrl, int originalWidth, int originalHeight,
                    String srcType, String originalType, long originalBytes) {
}
