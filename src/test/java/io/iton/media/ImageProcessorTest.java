package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.iton.shared.InvalidInput;

/** Decoding, the copies' widths and formats, and that nothing of the upload's metadata survives. */
class ImageProcessorTest {

    private static final MediaProperties SETTINGS = new MediaProperties(null, 10 * 1024 * 1024, 50_000_000,
            List.of(320, 640, 1024, 1600), 0.85f);

    private final ImageProcessor processor = new ImageProcessor(SETTINGS);

    @TempDir
    Path dir;

    @Test
    void aLargePhotoGetsEveryCopyNarrowerThanItselfAsJpegWithoutExif() throws IOException {
        Path out = process(TestImages.jpegWithExif(2000, 1000, 1), ImageFormat.JPEG);
        assertThat(names(out)).containsExactlyInAnyOrder("320.jpg", "640.jpg", "1024.jpg", "1600.jpg", "original.jpg");
        for (int width : List.of(320, 640, 1024, 1600)) {
            BufferedImage copy = TestImages.read(Files.readAllBytes(out.resolve(width + ".jpg")));
            assertThat(copy.getWidth()).isEqualTo(width);
            assertThat(copy.getHeight()).isBetween(width / 2 - 1, width / 2 + 1);
        }
        assertThat(TestImages.read(Files.readAllBytes(out.resolve("original.jpg"))).getWidth()).isEqualTo(2000);
        for (String name : names(out)) {
            byte[] bytes = Files.readAllBytes(out.resolve(name));
            assertThat(TestImages.jpegCarriesMetadata(bytes)).as(name).isFalse();
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(name).doesNotContain("secret-location", "Exif");
        }
    }

    @Test
    void theExifOrientationIsAppliedBeforeItIsDropped() throws IOException {
        byte[] upload = TestImages.jpegWithExif(800, 400, 6);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("secret-location");
        ImageProcessor.Processed processed = processor.process(file(upload), ImageFormat.JPEG, folder());
        assertThat(processed.width()).isEqualTo(400);
        assertThat(processed.height()).isEqualTo(800);
        assertThat(processed.variantWidths()).containsExactly(320);
    }

    @Test
    void neverUpscales() throws IOException {
        ImageProcessor.Processed processed = processor.process(file(TestImages.jpeg(300, 200)), ImageFormat.JPEG, folder());
        assertThat(processed.variantWidths()).isEmpty();
        assertThat(processed.variantExt()).isNull();
        assertThat(processed.originalExt()).isEqualTo("jpg");
    }

    @Test
    void seeThroughPixelsKeepPngAndTheirTransparency() throws IOException {
        Path out = folder();
        ImageProcessor.Processed processed = processor.process(file(TestImages.png(TestImages.cutOut(700, 400))),
                ImageFormat.PNG, out);
        assertThat(processed.variantExt()).isEqualTo("png");
        assertThat(names(out)).containsExactlyInAnyOrder("320.png", "640.png", "original.png");
        BufferedImage copy = TestImages.read(Files.readAllBytes(out.resolve("320.png")));
        assertThat(copy.getRGB(0, 0) >>> 24).isZero();
        assertThat(copy.getRGB(160, copy.getHeight() / 2) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void anOpaquePngWithAnAlphaChannelGetsJpegCopiesAndStaysPngInFull() throws IOException {
        BufferedImage opaque = new BufferedImage(700, 400, BufferedImage.TYPE_INT_ARGB);
        opaque.createGraphics().drawImage(TestImages.photo(700, 400), 0, 0, null);
        ImageProcessor.Processed processed = processor.process(file(TestImages.png(opaque)), ImageFormat.PNG, folder());
        assertThat(processed.variantExt()).isEqualTo("jpg");
        assertThat(processed.originalExt()).isEqualTo("png");
    }

    @Test
    void webpIsReadAndServedAsJpegOrPng() throws IOException {
        ImageProcessor.Processed photo = processor.process(file(TestImages.resource("opaque.webp")), ImageFormat.WEBP, folder());
        assertThat(photo.width()).isEqualTo(800);
        assertThat(photo.variantWidths()).containsExactly(320, 640);
        assertThat(photo.variantExt()).isEqualTo("jpg");
        assertThat(photo.originalExt()).isEqualTo("jpg");
        ImageProcessor.Processed cutOut = processor.process(file(TestImages.resource("alpha.webp")), ImageFormat.WEBP, folder());
        assertThat(cutOut.variantExt()).isEqualTo("png");
        assertThat(cutOut.originalExt()).isEqualTo("png");
    }

    @Test
    void aGifIsKeptByteForByteAndAnAnimatedOneHasNoCopies() throws IOException {
        byte[] still = TestImages.gif(700, 300);
        Path out = folder();
        ImageProcessor.Processed processed = processor.process(file(still), ImageFormat.GIF, out);
        assertThat(Files.readAllBytes(out.resolve("original.gif"))).isEqualTo(still);
        assertThat(processed.variantWidths()).containsExactly(320, 640);

        byte[] animated = TestImages.animatedGif(700, 300, 3);
        Path animatedOut = folder();
        ImageProcessor.Processed moving = processor.process(file(animated), ImageFormat.GIF, animatedOut);
        assertThat(names(animatedOut)).containsExactly("original.gif");
        assertThat(Files.readAllBytes(animatedOut.resolve("original.gif"))).isEqualTo(animated);
        assertThat(moving.variantWidths()).isEmpty();
        assertThat(moving.width()).isEqualTo(700);
    }

    @Test
    void anAnimatedWebpIsRefused() {
        assertThatThrownBy(() -> processor.process(file(TestImages.resource("animated.webp")), ImageFormat.WEBP, folder()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "media.file.animatedWebp"));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = TestImages.pngClaiming(100_000, 100_000);
        assertThat(bomb.length).isLessThan(1000);
        Path out = folder();
        assertThatThrownBy(() -> processor.process(file(bomb), ImageFormat.PNG, out))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "media.file.tooManyPixels"));
        assertThat(names(out)).isEmpty();
    }

    @Test
    void bytesThatOnlyLookLikeAnImageAreRefused() throws IOException {
        byte[] jpeg = TestImages.jpeg(400, 300);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        for (byte[] broken : List.of(truncated, "\u0089PNG\r\n\u001a\n garbage".getBytes(StandardCharsets.ISO_8859_1))) {
            assertThatThrownBy(() -> processor.process(file(broken), ImageFormat.PNG, folder()))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("file", "media.file.unreadable"));
        }
    }

    private Path process(byte[] upload, ImageFormat format) throws IOException {
        Path out = folder();
        processor.process(file(upload), format, out);
        return out;
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ""), bytes);
    }

    private Path folder() throws IOException {
        return Files.createTempDirectory(dir, "out");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
