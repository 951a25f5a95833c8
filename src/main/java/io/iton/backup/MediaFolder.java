package io.iton.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.iton.media.MediaProperties;

/**
 * The media library's files on disk as the archive holds them: everything under the media
 * folder's {@code images/} (the same folder {@code io.iton.media} serves: {@code iton.media.dir},
 * or {@code <data-dir>/media}). Its {@code incoming/} holds only uploads under way and is left out.
 */
@Component
class MediaFolder {

    static final String IMAGES = "images";

    private final Path base;

    MediaFolder(MediaProperties properties, @Value("${iton.data-dir}") Path dataDir) {
        this.base = (properties.dir() != null ? properties.dir() : dataDir.resolve("media")).toAbsolutePath().normalize();
    }

    /** Writes every file as {@code media/images/...}; a file deleted meanwhile is left out. */
    List<Manifest.FileEntry> export(ZipOutputStream zip) throws IOException {
        Path images = base.resolve(IMAGES);
        List<Manifest.FileEntry> files = new ArrayList<>();
        if (!Files.isDirectory(images)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(images)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : paths) {
            String name = base.relativize(path).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(path)) {
                zip.putNextEntry(new ZipEntry("media/" + name));
                Hashing out = new Hashing(zip);
                in.transferTo(out);
                zip.closeEntry();
                files.add(new Manifest.FileEntry(name, out.count(), out.hex()));
            } catch (NoSuchFileException deletedMeanwhile) {
                // an image deleted while the export ran: its row is not in the snapshot either, or soon will not be
            }
        }
        return files;
    }

    /** True when the media folder holds no image yet. */
    boolean isEmpty() throws IOException {
        Path images = base.resolve(IMAGES);
        if (!Files.isDirectory(images)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(images)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Where an archived file goes; refuses any path that would leave the images folder. */
    Path target(String path) {
        Path images = base.resolve(IMAGES);
        Path target = base.resolve(path).normalize();
        if (!target.startsWith(images) || target.equals(images)) {
            throw new RestoreRefused("restore.archive.badPath", path);
        }
        return target;
    }
}
