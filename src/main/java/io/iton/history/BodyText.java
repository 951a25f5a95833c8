package io.iton.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlSanitizer;

/**
 * The readable text of an article body, one entry per paragraph, heading, list item, quote or
 * caption: what a compare shows. Parsed with the same HTML lexer that sanitizes bodies on save, so
 * entities come out decoded and no markup is ever taken for text.
 */
final class BodyText {

    /** A block of text, and whether it is a section heading. */
    record Block(String text, boolean heading) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "figure", "figcaption", "ul", "ol");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern SPACE = Pattern.compile("[\\s\u00A0]+");

    private BodyText() {
    }

    static List<Block> blocks(String html) {
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html == null ? "" : html, collector);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements HtmlSanitizer.Policy {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean heading;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            if (BLOCKS.contains(elementName)) {
                flush();
                heading = HEADINGS.contains(elementName);
            } else if (elementName.equals("br")) {
                text.append(' ');
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (BLOCKS.contains(elementName)) {
                flush();
            }
        }

        @Override
        public void text(String textChunk) {
            text.append(textChunk);
        }

        void flush() {
            String block = SPACE.matcher(text).replaceAll(" ").strip();
            if (!block.isEmpty()) {
                blocks.add(new Block(block, heading));
            }
            text.setLength(0);
            heading = false;
        }
    }
}
