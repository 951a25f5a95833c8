package io.iton.history;

import java.util.List;

/**
 * One paragraph (or heading) of a compared text, as runs of kept, inserted and deleted words.
 *
 * @param heading whether either side had it as a section heading, to show it as one
 */
public record DiffParagraph(boolean heading, List<DiffSegment> segments) {

    public DiffParagraph {
        segments = List.copyOf(segments);
    }

    public boolean changed() {
        return segments.stream().anyMatch(s -> s.kind() != DiffSegment.Kind.SAME);
    }
}
