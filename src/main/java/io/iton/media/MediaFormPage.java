package io.iton.media;

import java.util.List;
import java.util.Map;

/**
 * The upload page ({@code image} null) or one image's page: the form's values as typed, a
 * Hebrew message per refused field, a notice after a save, and for an image its files and
 * whether this user may change and delete it.
 */
public record MediaFormPage(ImageDetails values, Map<String, String> errors, String notice, Shown image,
                            boolean mayChange, long maxMegabytes) {

    public MediaFormPage {
        errors = Map.copyOf(errors);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** An image as its page shows it: a preview, sizes and the URL of every file. */
    public record Shown(long id, Image image, String format, String uploaded, List<File> files) {
    }

    /** One served file: what it is, its width and its URL. */
    public record File(String label, int width, int height, String url) {
    }
}
