package io.iton.history;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Word-level differences between two texts, for people to read. Words are runs of anything but
 * white space, so a Hebrew word keeps its prefixes, niqqud, geresh and gershayim ({@code ברוסיה},
 * {@code צה"ל}) whole, and both texts are NFC-normalized first so the same word typed with marks
 * in another order is still the same word. White space is only what separates words: a run's
 * words are joined by one space, and runs are shown with a space between them, so two changed
 * words in a row read as one change. Bodies are compared paragraph by paragraph first, so an
 * inserted paragraph shows as one, and only then word by word inside the paragraphs that changed.
 */
final class TextDiff {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private TextDiff() {
    }

    /** The words of {@code before} and {@code after} as kept, deleted and inserted runs. */
    static List<DiffSegment> words(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Runs runs = new Runs();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> runs.add(DiffSegment.Kind.SAME, delta.getSource().getLines());
                case DELETE -> runs.add(DiffSegment.Kind.DELETED, delta.getSource().getLines());
                case INSERT -> runs.add(DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
                case CHANGE -> {
                    runs.add(DiffSegment.Kind.DELETED, delta.getSource().getLines());
                    runs.add(DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
                }
            }
        }
        return runs.segments;
    }

    /**
     * Paragraphs matched whole first; where a run of paragraphs changed, they are paired in order
     * and compared word by word, and any left over are wholly deleted or inserted.
     */
    static List<DiffParagraph> paragraphs(List<BodyText.Block> before, List<BodyText.Block> after) {
        List<DiffParagraph> out = new ArrayList<>();
        List<String> from = before.stream().map(b -> normalize(b.text())).toList();
        List<String> to = after.stream().map(b -> normalize(b.text())).toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            int source = delta.getSource().getPosition();
            int target = delta.getTarget().getPosition();
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            switch (delta.getType()) {
                case EQUAL -> {
                    for (int i = 0; i < removed; i++) {
                        out.add(whole(after.get(target + i), DiffSegment.Kind.SAME));
                    }
                }
                default -> {
                    int paired = Math.min(removed, added);
                    for (int i = 0; i < paired; i++) {
                        BodyText.Block old = before.get(source + i);
                        BodyText.Block now = after.get(target + i);
                        out.add(new DiffParagraph(old.heading() || now.heading(), words(old.text(), now.text())));
                    }
                    for (int i = paired; i < removed; i++) {
                        out.add(whole(before.get(source + i), DiffSegment.Kind.DELETED));
                    }
                    for (int i = paired; i < added; i++) {
                        out.add(whole(after.get(target + i), DiffSegment.Kind.INSERTED));
                    }
                }
            }
        }
        return out;
    }

    private static DiffParagraph whole(BodyText.Block block, DiffSegment.Kind kind) {
        return new DiffParagraph(block.heading(), List.of(new DiffSegment(kind, String.join(" ", tokens(block.text())))));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(normalize(text));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }

    /** Adjacent tokens of one kind joined into one run. */
    private static final class Runs {
        private final List<DiffSegment> segments = new ArrayList<>();

        void add(DiffSegment.Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join(" ", tokens);
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new DiffSegment(kind, segments.get(last).text() + " " + text));
            } else {
                segments.add(new DiffSegment(kind, text));
            }
        }
    }
}
