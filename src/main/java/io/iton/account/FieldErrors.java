package io.iton.account;

import java.util.LinkedHashMap;
import java.util.Map;

import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;

/** The Hebrew message beside each refused field of a form, by field name. */
public record FieldErrors(Map<String, String> messages) {

    static final FieldErrors NONE = new FieldErrors(Map.of());

    static FieldErrors of(InvalidInput refused, Localizer t) {
        Map<String, String> messages = new LinkedHashMap<>();
        refused.fieldErrors().forEach((field, key) -> messages.put(field, t.text(key)));
        return new FieldErrors(messages);
    }

    /** The message for this field, or {@code null} (so the template shows nothing). */
    public String get(String field) {
        return messages.get(field);
    }

    public boolean any() {
        return !messages.isEmpty();
    }
}
