package io.iton.article;

import java.util.List;

/**
 * Publishing or scheduling refused: the article still needs these approvals. Channels name them
 * to the editor (their Hebrew names are in {@link ReviewKind#name()}).
 */
public class ApprovalsMissing extends RuntimeException {

    private final List<ReviewKind> missing;

    ApprovalsMissing(long articleId, List<ReviewKind> missing) {
        super("article " + articleId + " lacks approvals: " + missing.stream().map(ReviewKind::code).toList());
        this.missing = List.copyOf(missing);
    }

    public List<ReviewKind> missing() {
        return missing;
    }

    /** The missing kinds' names, for one sentence: "ייעוץ משפטי, צנזורה צבאית". */
    public String names() {
        return String.join(", ", missing.stream().map(ReviewKind::name).toList());
    }
}
