package io.iton.history;

import java.time.Instant;
import java.util.List;

/**
 * A revision as a list shows it: when, who, and which fields it changed from the one before.
 *
 * @param articleVersion       the article's version this revision saved
 * @param changedFields        the article's field names that differ from the previous revision
 *                             ({@code title}, {@code body}, {@code tags}…); empty for the first
 * @param restoredFromVersion  for a restore, the version whose content it put back
 * @param savedBy              the account that saved it, or {@code null} for the system
 * @param savedByName          that account's display name at the time
 */
public record RevisionSummary(long id, long articleId, int articleVersion, RevisionKind kind, List<String> changedFields,
                              Integer restoredFromVersion, String title, Long savedBy, String savedByName,
                              Instant savedAt) {

    public RevisionSummary {
        changedFields = List.copyOf(changedFields);
    }
}
