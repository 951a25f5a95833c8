package io.iton.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What an uploaded file is, from its bytes alone. The name and the browser's content type are
 * whatever the sender says; a script renamed {@code photo.jpg} is still a script. Tika is given
 * no name, only the stream, so it judges by magic numbers.
 */
@Component
class ImageDetector {

    private final Tika tika = new Tika();

    /** The accepted format the content is, or empty for anything else (SVG, text, PDF...). */
    Optional<ImageFormat> detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImageFormat.ofMediaType(tika.detect(in));
        }
    }
}
