package io.iton.history;

import java.util.List;

/**
 * One saved version of an article: the content readers see and editors edit, and the whole
 * article as it was saved as a JSON {@code snapshot}, which also keeps fields added to articles
 * after this feature was written.
 */
public record Revision(RevisionSummary summary, String subtitle, String body, String slug, long authorId,
                       long categoryId, List<String> tags, String sponsorName, String snapshot) {

    public Revision {
        tags = List.copyOf(tags);
    }

    public long id() {
        return summary.id();
    }

    public String title() {
        return summary.title();
    }
}
