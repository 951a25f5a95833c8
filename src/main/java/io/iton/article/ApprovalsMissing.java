package io.iton.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.iton.shared.InvalidInput;

/**
 * Publishing or scheduling refused: the article still needs these approvals. It is refused input
 * too, one entry a missing kind ({@code approval-CODE}, a message that names it), so a form that
 * lists field errors says what is missing without knowing about approvals; the API answers 409
 * with all of them in one sentence.
 */
public class ApprovalsMissing extends InvalidInput {

    private final List<ReviewKind> missing;

    ApprovalsMissing(List<ReviewKind> missing, ReviewKinds kinds) {
        super(messageKeys(missing, kinds));
        this.missing = List.copyOf(missing);
    }

    private static Map<String, String> messageKeys(List<ReviewKind> missing, ReviewKinds kinds) {
        Map<String, String> keys = new LinkedHashMap<>();
        missing.forEach(k -> keys.put("approval-" + k.code(), kinds.missingMessageKey(k.code())));
        return keys;
    }

    public List<ReviewKind> missing() {
        return missing;
    }

    /** The missing kinds' names, for one sentence: "ייעוץ משפטי, צנזורה צבאית". */
    public String names() {
        return String.join(", ", missing.stream().map(ReviewKind::name).toList());
    }
}
