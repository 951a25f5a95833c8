package io.iton.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The local folder where uploads are received and processed, one working folder each. Whatever
 * a crash left there is cleared on start, once it is an hour old: the folder may be shared by
 * several app nodes (a shared media folder), and another's upload may be under way.
 */
final class Staging {

    private static final Logger log = LoggerFactory.getLogger(Staging.class);
    /** Far longer than any upload takes to process. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final Path incoming;

    Staging(Path incoming) throws IOException {
        this.incoming = Files.createDirectories(incoming);
        clearLeftovers(Instant.now().minus(LEFTOVER_AGE));
    }

    private void clearLeftovers(Instant before) throws IOException {
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : leftovers.toList()) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(before)) {
                    delete(leftover);
                }
            }
        }
    }

    Path stage() {
        try {
            return Files.createDirectory(incoming.resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it, if it is there; a failure is logged, not thrown. */
    static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("could not delete media folder {}: {}", folder, e.toString());
        }
    }
}
