package io.iton.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The media folder on disk. Each image has a folder {@code images/<id>-<token>} that appears
 * whole or not at all: its files are written in {@code incoming/} and the folder is moved into
 * place in one rename, so a reader never sees half an image and a failure leaves nothing behind
 * in {@code images/}. Whatever a crash left in {@code incoming/} is cleared on start, once it is
 * an hour old: the folder may be shared by several app nodes, and another's upload may be under way.
 */
@Component
class MediaStorage {

    private static final Logger log = LoggerFactory.getLogger(MediaStorage.class);
    /** Far longer than any upload takes to process. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final Path images;
    private final Path incoming;

    MediaStorage(MediaProperties properties, @Value("${iton.data-dir}") Path dataDir) throws IOException {
        Path base = (properties.dir() != null ? properties.dir() : dataDir.resolve("media")).toAbsolutePath().normalize();
        this.images = Files.createDirectories(base.resolve("images"));
        this.incoming = Files.createDirectories(base.resolve("incoming"));
        clearLeftovers(Instant.now().minus(LEFTOVER_AGE));
    }

    private void clearLeftovers(Instant before) throws IOException {
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path leftover : leftovers.toList()) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(before)) {
                    discard(leftover);
                }
            }
        }
    }

    /** The folder served at {@code /media/}. */
    Path images() {
        return images;
    }

    /** A new, empty working folder for one upload; {@link #discard} it when done. */
    Path stage() {
        try {
            return Files.createDirectory(incoming.resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a finished folder into place as {@code images/<name>}, in one step. */
    Path place(Path finished, String name) {
        Path target = folder(name);
        try {
            return Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder(String name) {
        Path folder = images.resolve(name).normalize();
        if (!folder.getParent().equals(images)) {
            throw new IllegalArgumentException("not a media folder name: " + name);
        }
        return folder;
    }

    /** Deletes a folder and everything in it, if it is there; a failure is logged, not thrown. */
    void discard(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("could not delete media folder {}: {}", folder, e.toString());
        }
    }
}
