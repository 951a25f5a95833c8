package io.iton.article;

import java.util.List;

/**
 * An article's approvals: the kinds it needs (its category's and its own), the approvals that
 * still hold for its current content, and what is missing before it may be published.
 */
public record ReviewState(List<ReviewKind> required, List<Approval> granted, List<ReviewKind> missing) {

    public ReviewState {
        required = List.copyOf(required);
        granted = List.copyOf(granted);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
