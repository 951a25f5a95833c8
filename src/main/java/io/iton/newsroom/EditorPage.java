package io.iton.newsroom;

import java.util.List;
import java.util.Map;

/**
 * The editor as a template sees it.
 *
 * @param articleId  null for a new article
 * @param status     the status label, or null for a new article
 * @param errors     field name → Hebrew message, for the fields the last save refused
 * @param notice     a message about the last action (saved, published…), or null
 * @param failure    why the last action failed, when it was not one field's fault, or null
 * @param conflict   what a colleague saved meanwhile, when this save came from an older version
 * @param actions    what this user may do with the article now
 * @param publishAt  the schedule field's value ({@code yyyy-MM-ddTHH:mm}, site time), or ""
 * @param autosaveUrl where a draft saves itself while being written, or null when it is not a draft
 *                    this user may edit (a new article is kept in the browser until its first save)
 * @param reviewKinds the approvals an article may be marked as needing, ticked where it does
 * @param review      where its approvals stand, or null for a new article
 * @param corrections its public corrections, oldest first
 * @param images      the featured-image choices: none, the current one and the newest uploads
 * @param imageSrc    the chosen featured image's address, to show it, or null
 */
public record EditorPage(
        String heading,
        Long articleId,
        String status,
        ArticleForm form,
        Map<String, String> errors,
        String notice,
        String failure,
        List<Choice> categories,
        List<Choice> authors,
        ConflictView conflict,
        Actions actions,
        String publicUrl,
        String scheduledFor,
        String publishAt,
        String timeZone,
        String autosaveUrl,
        List<Check> reviewKinds,
        Review review,
        List<Note> corrections,
        List<Choice> images,
        String imageSrc) {

    public String action() {
        return articleId == null ? "/newsroom/articles" : "/newsroom/articles/" + articleId;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** One option of a select. */
    public record Choice(long id, String name, boolean selected) {
    }

    /** A colleague's version, shown beside the user's own text, which is kept in the form. */
    public record ConflictView(String title, String subtitle, String bodyHtml, int version) {
    }

    /** What the buttons offer; the services check each again. */
    public record Actions(boolean save, boolean publish, boolean unpublish, boolean preview, boolean submit,
                          boolean sendBack, boolean correct) {
    }

    /** A checkbox: a code, its name, and whether it is ticked. */
    public record Check(String code, String name, boolean checked) {
    }

    /**
     * The approvals: which it needs, which were given (by whom, when), which are missing and
     * which of those this user may give; and the editor's note when it was sent back.
     */
    public record Review(List<String> required, List<String> granted, List<Check> missing, String returnNote) {

        public boolean needed() {
            return !required.isEmpty();
        }
    }

    /** A correction as the editor sees it under the article. */
    public record Note(String text, String time) {
    }
}
