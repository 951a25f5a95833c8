package io.iton.media;

import java.nio.file.Path;

import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;

/**
 * Where the library keeps its images: the media folder ({@link FolderMediaStore}, the default)
 * or an S3-compatible bucket ({@link S3MediaStore}). Either way each image is a folder of files,
 * {@code images/<id>-<token>/…}, written once and never changed; an upload is processed in a
 * local working folder first and then placed whole.
 */
interface MediaStore extends MediaFiles {

    /** The local folder where this node receives and processes uploads. */
    Staging staging();

    /** A new, empty local working folder for one upload; {@link #discard} it when done. */
    default Path stage() {
        return staging().stage();
    }

    /** Deletes a working folder and everything in it; a failure is logged, not thrown. */
    default void discard(Path work) {
        Staging.delete(work);
    }

    /** Puts the files of a finished working folder in place as image {@code name}: all of them or none. */
    void place(Path finished, String name);

    /** Deletes image {@code name}'s files, if they are there; a failure is logged, not thrown. */
    void remove(String name);

    /** Makes {@code /media/**} serve this store's images. */
    void serve(ResourceHandlerRegistration registration);

    /** {@code name} if it is one image's folder name ({@code <id>-<token>}), else {@link IllegalArgumentException}. */
    static String folderName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a media folder name: " + name);
        }
        return name;
    }
}
