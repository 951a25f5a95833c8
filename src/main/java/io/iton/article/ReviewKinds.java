package io.iton.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;

/**
 * The review kinds this newsroom uses, from configuration. A kind that is later removed from the
 * configuration stops being required anywhere, rather than blocking every article that needed it.
 */
@Component
public class ReviewKinds {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private final Map<String, ReviewKind> byCode = new LinkedHashMap<>();
    private final Map<String, String> missingKeys = new LinkedHashMap<>();

    ReviewKinds(WorkflowProperties properties, Localizer t) {
        for (String code : properties.reviews()) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalStateException("iton.newsroom.reviews: '" + code
                        + "' is not a code of capital letters, digits and _ (up to 30)");
            }
            byCode.put(code, new ReviewKind(code, message(t, "review.kind." + code).orElse(code)));
            String missingKey = "review.missing." + code;
            missingKeys.put(code, message(t, missingKey).isPresent() ? missingKey : "review.missing.other");
        }
    }

    private static Optional<String> message(Localizer t, String key) {
        try {
            return Optional.of(t.text(key));
        } catch (NoSuchMessageException e) {
            return Optional.empty();
        }
    }

    /** The message saying this kind's approval is missing: its own, or a general one for a kind without. */
    String missingMessageKey(String code) {
        return missingKeys.getOrDefault(code, "review.missing.other");
    }

    public List<ReviewKind> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<ReviewKind> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    boolean known(String code) {
        return byCode.containsKey(code);
    }

    /** The configured kinds among {@code codes}, in configuration order. */
    List<ReviewKind> of(Collection<String> codes) {
        return byCode.values().stream().filter(k -> codes.contains(k.code())).toList();
    }
}
