package io.iton.newsroom;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The body as plain paragraphs, for the editor without JavaScript: a blank line between
 * paragraphs, a line break within one. An article with richer markup (headings, links, lists,
 * images) is edited as its HTML instead, so a save without JavaScript never strips formatting.
 */
final class BodyText {

    private BodyText() {
    }

    /** Whether the body is only paragraphs of text, so plain text shows all of it. */
    static boolean isPlain(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        return body.children().stream().allMatch(p -> p.tagName().equals("p")
                && p.select("*").stream().allMatch(e -> e == p || e.tagName().equals("br")));
    }

    static String toText(String html) {
        return Jsoup.parseBodyFragment(html).body().children().stream()
                .map(BodyText::paragraphText)
                .collect(Collectors.joining("\n\n"));
    }

    /** Paragraphs from text: blank lines separate them, single line breaks stay as {@code <br>}. */
    static String toHtml(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        return Arrays.stream(normalized.split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> "<p>" + Arrays.stream(p.split("\n")).map(String::strip).map(BodyText::escape)
                       .collect(Collectors.joining("<br>")) + "</p>")
                .collect(Collectors.joining("\n"));
    }

    /** jsoup's whole text writes each {@code <br>} as a line break. */
    private static String paragraphText(Element p) {
        return p.wholeText().lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
