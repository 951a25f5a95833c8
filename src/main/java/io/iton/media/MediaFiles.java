package io.iton.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The library's files as a backup sees them, wherever they are kept (the media folder or an S3
 * bucket): every file by its path under the store, {@code images/<id>-<token>/<file>}, the same
 * path in either store, so an archive taken from one restores into the other.
 */
public interface MediaFiles {

    /** The one folder of the store that holds images; everything else in it is scratch space. */
    String IMAGES = "images";

    /** One file: its path, such as {@code images/7-abcdefghijkl/original.jpg}, and its size. */
    record MediaFile(String path, long bytes) {
    }

    /** Every image file, sorted by path. */
    List<MediaFile> list() throws IOException;

    /** The file's bytes; {@link java.nio.file.NoSuchFileException} when it was deleted meanwhile. */
    InputStream open(String path) throws IOException;

    /** Writes a file of {@code bytes} bytes at {@code path} (checked with {@link #checked}). */
    void write(String path, InputStream in, long bytes) throws IOException;

    /** True when the store holds no image yet. */
    boolean isEmpty() throws IOException;

    /** The media folder at {@code iton.media.dir} (or {@code <dataDir>/media}), as a store of its own. */
    static MediaFiles folder(MediaProperties properties, Path dataDir) throws IOException {
        return new FolderMediaStore(properties, dataDir);
    }

    /**
     * {@code path} if it names a file inside {@code images/}, else {@link IllegalArgumentException}:
     * no {@code ..}, no empty or dot segment, no backslash, nothing outside the images folder.
     */
    static String checked(String path) {
        if (path == null || !path.matches("images(/[A-Za-z0-9._-]+){2,}")) {
            throw new IllegalArgumentException("not a media file path: " + path);
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a media file path: " + path);
            }
        }
        return path;
    }
}
