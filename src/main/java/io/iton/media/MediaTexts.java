package io.iton.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;

/** The library's refusals in Hebrew, with the limits they name filled in from the settings. */
@Component
class MediaTexts {

    private static final List<String> FIELDS = List.of("file", "alt", "caption", "credit");

    private final Localizer t;
    private final MediaProperties properties;

    MediaTexts(Localizer t, MediaProperties properties) {
        this.t = t;
        this.properties = properties;
    }

    /** Field → message, from field → message key, in the form's order (the first is the one to read first). */
    Map<String, String> errors(Map<String, String> keys) {
        Map<String, String> errors = new LinkedHashMap<>();
        FIELDS.stream().filter(keys::containsKey).forEach(field -> errors.put(field, text(keys.get(field))));
        keys.forEach((field, key) -> errors.putIfAbsent(field, text(key)));
        return errors;
    }

    Map<String, String> tooLarge() {
        return errors(Map.of("file", "media.file.tooLarge"));
    }

    String text(String key) {
        return t.text(key, properties.maxMegabytes(), properties.maxPixels() / 1_000_000);
    }
}
