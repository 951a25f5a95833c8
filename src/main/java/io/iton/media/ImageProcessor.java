package io.iton.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

import io.iton.shared.InvalidInput;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns an accepted upload into the files we serve: the full-size image and narrower copies,
 * every one re-encoded from decoded pixels, so nothing of the upload's metadata (EXIF with its
 * GPS position, XMP, comments) survives; the EXIF orientation is applied to the pixels first,
 * so a phone photo still stands up. Photos become JPEG; images with see-through pixels PNG. A GIF
 * is kept byte for byte (an animated one has no copies: resizing would lose the animation).
 */
@Component
class ImageProcessor {

    /** The full-size JPEG is the one people may download or zoom into: keep it near the upload. */
    private static final float ORIGINAL_QUALITY = 0.92f;
    /**
     * Uploads decoded at once. A 50-megapixel image is 200 MB of pixels, twice over while it is
     * turned; a newsroom uploading a gallery must not run the server out of memory.
     */
    private static final int AT_ONCE = 2;

    private final Semaphore decoding = new Semaphore(AT_ONCE, true);
    private final MediaProperties properties;

    ImageProcessor(MediaProperties properties) {
        this.properties = properties;
        // ImageIO finds plugins once, through the class loader of whoever asks first; in a packaged
        // app that may not see TwelveMonkeys' WebP and JPEG readers, so look again with ours.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    /** What an upload became: the full image's file and size, and the widths of its copies. */
    record Processed(ImageFormat format, String originalExt, int width, int height, List<Integer> variantWidths,
                     String variantExt) {
    }

    /**
     * Checks that {@code source} really decodes as {@code format} within the pixel limit, then writes
     * {@code original.<ext>} and {@code <width>.<ext>} copies into {@code folder}.
     */
    Processed process(Path source, ImageFormat format, Path folder) throws IOException {
        int frames = probe(source, format);
        decoding.acquireUninterruptibly();
        try {
            return write(source, format, frames, folder);
        } finally {
            decoding.release();
        }
    }

    private Processed write(Path source, ImageFormat format, int frames, Path folder) throws IOException {
        BufferedImage image = decode(source);
        int width = image.getWidth();
        int height = image.getHeight();
        if (format == ImageFormat.GIF && frames > 1) {
            Files.copy(source, folder.resolve("original.gif"));
            return new Processed(format, "gif", width, height, List.of(), null);
        }
        boolean transparent = Transparency.hasSeeThroughPixels(image);
        String ext = transparent ? "png" : "jpg";
        List<Integer> widths = new ArrayList<>();
        for (int w : properties.widths()) {
            if (w < width) {
                write(Thumbnails.of(image).width(w), ext, properties.jpegQuality(), folder.resolve(w + "." + ext));
                widths.add(w);
            }
        }
        String originalExt = switch (format) {
            case GIF -> "gif";
            case PNG -> "png";
            case JPEG, WEBP -> ext;
        };
        if (format == ImageFormat.GIF) {
            Files.copy(source, folder.resolve("original.gif"));
        } else {
            write(Thumbnails.of(image).scale(1.0), originalExt, ORIGINAL_QUALITY, folder.resolve("original." + originalExt));
        }
        return new Processed(format, originalExt, width, height, widths, widths.isEmpty() ? null : ext);
    }

    /**
     * Reads the header only: the size, checked against the pixel limit before a single pixel is
     * decoded, and how many frames there are. Returns the frame count.
     */
    private int probe(Path source, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    throw unreadable();
                }
                if (pixels > properties.maxPixels()) {
                    throw InvalidInput.of("file", "media.file.tooManyPixels");
                }
                int frames = format == ImageFormat.GIF || format == ImageFormat.WEBP ? reader.getNumImages(true) : 1;
                if (format == ImageFormat.WEBP && frames > 1) {
                    throw InvalidInput.of("file", "media.file.animatedWebp");
                }
                return frames;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput refused) {
                throw refused;
            }
            throw unreadable();
        }
    }

    /** The first frame's pixels, turned as the EXIF orientation says. */
    private static BufferedImage decode(Path source) {
        try {
            return Thumbnails.of(source.toFile()).scale(1.0).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    private static void write(Thumbnails.Builder<BufferedImage> builder, String ext, float quality, Path target)
            throws IOException {
        if (ext.equals("jpg")) {
            builder.imageType(BufferedImage.TYPE_INT_RGB).outputQuality(quality);
        } else {
            builder.imageType(BufferedImage.TYPE_INT_ARGB);
        }
        builder.outputFormat(ext.equals("jpg") ? "jpg" : "png").toFile(target.toFile());
    }

    private static InvalidInput unreadable() {
        return InvalidInput.of("file", "media.file.unreadable");
    }
}
