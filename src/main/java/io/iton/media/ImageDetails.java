package io.iton.media;

import java.util.LinkedHashMap;
import java.util.Map;

import io.iton.shared.InvalidInput;

/**
 * The words that go with an image: the alternative text a screen reader says instead of it
 * (required: an image without one fails the accessibility law), and an optional caption and
 * photographer's or agency's credit, shown under it.
 */
public record ImageDetails(String alt, String caption, String credit) {

    public static final int MAX_ALT = 500;
    public static final int MAX_CAPTION = 1000;
    public static final int MAX_CREDIT = 200;

    public ImageDetails {
        alt = strip(alt);
        caption = strip(caption);
        credit = strip(credit);
    }

    /** Each field's problem as a message key, in the form's order; empty when all is well. */
    Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (alt.isEmpty()) {
            errors.put("alt", "media.alt.required");
        } else if (alt.length() > MAX_ALT) {
            errors.put("alt", "media.alt.tooLong");
        }
        if (caption.length() > MAX_CAPTION) {
            errors.put("caption", "media.caption.tooLong");
        }
        if (credit.length() > MAX_CREDIT) {
            errors.put("credit", "media.credit.tooLong");
        }
        return errors;
    }

    void check() {
        Map<String, String> errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
