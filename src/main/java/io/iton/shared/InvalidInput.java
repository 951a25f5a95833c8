package io.iton.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that a feature refused, with a message key per field (resolved to Hebrew by the channel
 * that shows it, from {@code messages.properties}). Thrown before anything is written, so a
 * refused request never leaves half a change behind.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInput(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
