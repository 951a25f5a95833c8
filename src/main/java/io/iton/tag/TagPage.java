package io.iton.tag;

import java.util.List;
import java.util.Map;

/**
 * {@code /newsroom/tags/{id}}: rename, merge and delete one tag. {@code name} and {@code target}
 * are what was typed; {@code errors} holds message keys by field ({@code name}, {@code target},
 * {@code confirm}).
 */
public record TagPage(CountedTag tag, List<String> formerSlugs, String name, String target, Map<String, String> errors,
                      String notice) {

    public TagPage {
        errors = Map.copyOf(errors);
        name = name == null ? "" : name;
        target = target == null ? "" : target;
    }
}
