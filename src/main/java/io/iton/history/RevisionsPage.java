package io.iton.history;

import java.util.List;

/**
 * The revisions list of one article: a table newest first, a form to compare any two, and a
 * restore button on each older revision for those who may edit the article.
 *
 * @param notice    what the last action did, or {@code null}
 */
public record RevisionsPage(ArticleHeader article, List<Row> rows, Pager pager, CompareChoice choice,
                            boolean mayRestore, Notice notice) {

    /** The article as it is now. */
    public record ArticleHeader(long id, String title, int version, String status, String publicPath) {
    }

    /**
     * One revision in the table.
     *
     * @param note       how it came to be when that says more than its changes (created, restored), or {@code null}
     * @param changes    the names of the fields it changed
     * @param previousId the revision before it, to compare with, or {@code null} for the first
     * @param newest     whether it is the article's newest revision (which restoring would only repeat)
     */
    public record Row(long id, int version, Stamp saved, String note, List<String> changes, Long previousId,
                      boolean newest) {
    }

    /** When and by whom. */
    public record Stamp(String human, String machine, String who) {
    }

    /** The two menus to compare any two revisions, with what is chosen. */
    public record CompareChoice(long articleId, List<Option> options, Long from, Long to) {

        public boolean possible() {
            return options.size() > 1;
        }
    }

    public record Option(long id, String label) {
    }

    /** A message at the top of the page, with details (the fields a restore was refused for). */
    public record Notice(boolean ok, String text, List<String> details) {
    }
}
