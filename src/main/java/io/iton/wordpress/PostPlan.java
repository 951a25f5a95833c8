package io.iton.wordpress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.iton.article.Article;

/**
 * What becomes of a post, decided from its WordPress status before anything is written:
 * {@code publish} and {@code future} go public at their instant (a future one is scheduled);
 * {@code pending} goes to review; {@code draft} stays a draft; {@code private} and
 * password-protected posts become drafts, so nothing meant for a few readers is shown to all;
 * {@code trash} and automatic drafts are skipped. A public post keeps its last edit on the old
 * site ({@code post_modified_gmt}, else {@code post_modified} in the old site's zone) as its
 * modified time, which feeds, sitemaps and structured data show.
 */
record PostPlan(String skipReason, boolean goesPublic, boolean inReview, Instant publishAt, Instant modifiedAt,
                List<String> notes) {

    static PostPlan of(Wxr.Item item, ZoneId zone, Instant now) {
        List<String> notes = new ArrayList<>();
        Instant at = PostDates.instant(item.postDateGmt(), item.postDate(), zone);
        Instant modified = PostDates.instant(item.postModifiedGmt(), item.postModified(), zone);
        String status = item.status().isBlank() ? "draft" : item.status();
        if (status.equals("trash")) {
            return skip("in the trash");
        }
        if (status.equals("auto-draft") || status.equals("inherit")) {
            return skip("an automatic draft or revision");
        }
        if (item.sticky()) {
            notes.add("sticky posts have no equivalent here: imported as an ordinary article");
        }
        boolean wantsPublic = status.equals("publish") || status.equals("future");
        if (wantsPublic && item.password() != null && !item.password().isBlank()) {
            notes.add("password-protected: imported as a draft, not public (the password is not kept)");
            return new PostPlan(null, false, false, null, null, notes);
        }
        switch (status) {
            case "publish", "future" -> {
                if (at == null) {
                    notes.add("no readable date: published now");
                    at = now;
                } else if (status.equals("future") && !at.isAfter(now)) {
                    notes.add("its scheduled time has passed: published at that time");
                }
                return new PostPlan(null, true, false, at, modified, notes);
            }
            case "pending" -> {
                return new PostPlan(null, false, true, null, null, notes);
            }
            case "draft" -> {
                return new PostPlan(null, false, false, null, null, notes);
            }
            case "private" -> notes.add("private: imported as a draft, not public");
            default -> notes.add("unknown status \"" + status + "\": imported as a draft");
        }
        return new PostPlan(null, false, false, null, null, notes);
    }

    private static PostPlan skip(String reason) {
        return new PostPlan(reason, false, false, null, null, List.of());
    }

    String describe(Article saved) {
        return "article " + saved.id() + " /" + saved.slug() + " " + saved.status()
                + (saved.publishedAt() != null ? " " + saved.publishedAt() : "");
    }
}
