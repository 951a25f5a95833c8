package io.iton.media;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Media library settings ({@code iton.media.*}).
 *
 * @param dir         where images are kept; {@code <data-dir>/media} by default
 * @param maxBytes    the largest file accepted; the servlet's multipart limits follow it, so a
 *                    larger upload is refused with our message, not the container's error page
 * @param maxPixels   the most pixels (width × height) decoded: a 10 MB PNG can claim 100,000 ×
 *                    100,000 pixels and ask for 40 GB of memory, so it is refused before decoding
 * @param widths      the widths of the resized copies, each made only where the image is wider
 * @param jpegQuality quality of the JPEG copies, 0 to 1
 */
@ConfigurationProperties("iton.media")
public record MediaProperties(
        Path dir,
        @DefaultValue("10485760") long maxBytes,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue({"320", "640", "1024", "1600"}) List<Integer> widths,
        @DefaultValue("0.85") float jpegQuality) {

    public MediaProperties {
        if (maxBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("iton.media.max-bytes and max-pixels must be positive");
        }
        if (jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("iton.media.jpeg-quality must be in (0, 1]: " + jpegQuality);
        }
        widths = widths.stream().filter(w -> w > 0).distinct().sorted().toList();
    }

    /** The size limit as people read it, in whole megabytes (rounded up), for messages. */
    public long maxMegabytes() {
        return (maxBytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
