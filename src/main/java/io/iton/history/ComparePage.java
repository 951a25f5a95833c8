package io.iton.history;

import java.util.List;

/** Two revisions compared: the texts word by word, other fields as before and after, and a restore. */
public record ComparePage(RevisionsPage.ArticleHeader article, Side from, Side to, RevisionComparison comparison,
                          List<FieldRow> otherChanges, RevisionsPage.CompareChoice choice, boolean mayRestoreFrom) {

    /** One of the two revisions. */
    public record Side(long id, int version, RevisionsPage.Stamp saved) {
    }

    /** A changed field other than the texts, by its Hebrew name. */
    public record FieldRow(String label, String before, String after) {
    }
}
