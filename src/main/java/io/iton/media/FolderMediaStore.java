package io.iton.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;

/**
 * The media folder on disk, the default store. Each image has a folder {@code images/<id>-<token>}
 * that appears whole or not at all: its files are written in {@code incoming/} and the folder is
 * moved into place in one rename, so a reader never sees half an image and a failure leaves
 * nothing behind in {@code images/}. Several nodes may share the folder (NFS or the like): the
 * rename is what makes that safe, and {@code incoming/} is on the same file system for it.
 */
final class FolderMediaStore implements MediaStore {

    private final Path base;
    private final Path images;
    private final Staging staging;

    FolderMediaStore(MediaProperties properties, Path dataDir) throws IOException {
        this.base = (properties.dir() != null ? properties.dir() : dataDir.resolve("media")).toAbsolutePath().normalize();
        this.images = Files.createDirectories(base.resolve(IMAGES));
        this.staging = new Staging(base.resolve("incoming"));
    }

    /** The folder served at {@code /media/}. */
    Path images() {
        return images;
    }

    @Override
    public Staging staging() {
        return staging;
    }

    /** Moves a finished folder into place as {@code images/<name>}, in one step. */
    @Override
    public void place(Path finished, String name) {
        try {
            Files.move(finished, folder(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String name) {
        Staging.delete(folder(name));
    }

    Path folder(String name) {
        return images.resolve(MediaStore.folderName(name));
    }

    /**
     * Spring's resource handler over the folder: it refuses {@code ..} and anything outside it,
     * and answers ranges, HEAD and {@code If-Modified-Since}.
     */
    @Override
    public void serve(ResourceHandlerRegistration registration) {
        registration.addResourceLocations(images.toUri().toString())
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    @Override
    public List<MediaFile> list() throws IOException {
        List<MediaFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(images)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    files.add(new MediaFile(base.relativize(path).toString().replace('\\', '/'), Files.size(path)));
                } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                    // an image deleted while the list was made is left out
                }
            }
        }
        return files;
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(file(path));
    }

    @Override
    public void write(String path, InputStream in, long bytes) throws IOException {
        Path target = file(path);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
    }

    @Override
    public boolean isEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(images)) {
            return entries.findAny().isEmpty();
        }
    }

    private Path file(String path) {
        Path file = base.resolve(MediaFiles.checked(path)).normalize();
        if (!file.startsWith(images)) {
            throw new IllegalArgumentException("not a media file path: " + path);
        }
        return file;
    }
}
