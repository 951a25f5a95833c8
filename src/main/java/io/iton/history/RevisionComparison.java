package io.iton.history;

import java.util.List;

/**
 * Two revisions of one article side by side: the title, subtitle and body word by word, and the
 * other fields that differ as before and after, with ids shown as names.
 */
public record RevisionComparison(Revision from, Revision to, List<DiffSegment> title, List<DiffSegment> subtitle,
                                 List<DiffParagraph> body, List<FieldChange> otherChanges) {

    /** A field that is not compared word by word: its value in each revision, as a person reads it. */
    public record FieldChange(String field, String before, String after) {
    }

    public RevisionComparison {
        title = List.copyOf(title);
        subtitle = List.copyOf(subtitle);
        body = List.copyOf(body);
        otherChanges = List.copyOf(otherChanges);
    }

    public boolean titleChanged() {
        return title.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.SAME);
    }

    public boolean subtitleChanged() {
        return subtitle.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.SAME);
    }

    public boolean bodyChanged() {
        return body.stream().anyMatch(DiffParagraph::changed);
    }

    public boolean anyChange() {
        return titleChanged() || subtitleChanged() || bodyChanged() || !otherChanges.isEmpty();
    }
}
