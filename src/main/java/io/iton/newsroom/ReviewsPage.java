package io.iton.newsroom;

import java.util.List;

import io.iton.article.ReviewGrant;
import io.iton.article.ReviewKind;

/**
 * {@code /newsroom/reviews}: the review kinds each category requires, and who may approve which
 * kind. A refused grant keeps what was typed ({@code email}, {@code kind}) beside its message.
 */
public record ReviewsPage(List<ReviewKind> kinds, List<CategoryRow> categories, List<GrantRow> grants,
                          String notice, String email, String kind, String emailError, String kindError) {

    /** A category and the codes of the kinds it requires. */
    public record CategoryRow(long id, String name, List<String> required) {

        public boolean requires(String code) {
            return required.contains(code);
        }
    }

    /** A grant with the kind's name, for the table. */
    public record GrantRow(ReviewGrant grant, String kindName) {
    }

    public boolean hasGrantError() {
        return emailError != null || kindError != null;
    }
}
