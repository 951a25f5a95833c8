package io.iton.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import io.iton.media.MediaFiles;

/**
 * The media library's files as the archive holds them: everything under the store's
 * {@code images/}, whether the store is the media folder ({@code iton.media.dir}, or
 * {@code <data-dir>/media}) or an S3 bucket. The paths are the same in both, so an archive taken
 * from one restores into the other. Uploads under way are not in {@code images/} and are left out.
 */
@Component
class MediaFolder {

    private final MediaFiles files;

    MediaFolder(MediaFiles files) {
        this.files = files;
    }

    /** Writes every file as {@code media/images/...}; a file deleted meanwhile is left out. */
    List<Manifest.FileEntry> export(ZipOutputStream zip) throws IOException {
        List<Manifest.FileEntry> entries = new ArrayList<>();
        for (MediaFiles.MediaFile file : files.list()) {
            try (InputStream in = files.open(file.path())) {
                zip.putNextEntry(new ZipEntry("media/" + file.path()));
                Hashing out = new Hashing(zip);
                in.transferTo(out);
                zip.closeEntry();
                entries.add(new Manifest.FileEntry(file.path(), out.count(), out.hex()));
            } catch (NoSuchFileException deletedMeanwhile) {
                // an image deleted while the export ran: its row is not in the snapshot either, or soon will not be
            }
        }
        return entries;
    }

    /** True when the store holds no image yet. */
    boolean isEmpty() throws IOException {
        return files.isEmpty();
    }

    /** Refuses an archive with any file path that would leave the images folder, before anything is written. */
    void check(List<Manifest.FileEntry> archived) {
        archived.forEach(MediaFolder::checked);
    }

    /** Puts an archived file back. */
    void restore(Manifest.FileEntry file, InputStream in) throws IOException {
        files.write(checked(file), in, file.bytes());
    }

    private static String checked(Manifest.FileEntry file) {
        try {
            return MediaFiles.checked(file.path());
        } catch (IllegalArgumentException e) {
            throw new RestoreRefused("restore.archive.badPath", file.path());
        }
    }
}
