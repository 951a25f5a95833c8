package io.iton.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The readable text of a sanitized article body: tags out, entities decoded, blocks spaced, runs
 * of white space made one space. One pass over the characters, not four regular expressions:
 * it runs for every article a rebuild indexes, and was a tenth of the work.
 */
final class HtmlText {

    /** Tags after which the text goes on as a new block, so words on either side stay apart. */
    private static final Set<String> BLOCK_ENDS = Set.of("/p", "/h2", "/h3", "/li", "/blockquote", "/figcaption");
    private static final Pattern LINE_BREAK = Pattern.compile("br\\s*/?");
    private static final Pattern NUMBERED = Pattern.compile("#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}");
    /** The longest entity name decoded ({@code #x10FFFF}), so a stray {@code &} looks no further. */
    private static final int LONGEST_ENTITY = 10;

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int close;
            if (c == '<' && (close = html.indexOf('>', i + 1)) > 0) {
                if (isBlockEnd(html, i + 1, close)) {
                    append(out, ' ');
                }
                i = close + 1;
            } else if (c == '&' && (close = entityEnd(html, i + 1)) > 0) {
                String decoded = decode(html.substring(i + 1, close));
                for (int k = 0; k < decoded.length(); k++) {
                    append(out, decoded.charAt(k));
                }
                i = close + 1;
            } else {
                append(out, c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** Appends {@code c}, white space as one space however long the run. */
    private static void append(StringBuilder out, char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else {
            out.append(c);
        }
    }

    private static boolean isBlockEnd(String html, int from, int to) {
        if (to - from > "/figcaption".length()) {
            return false;
        }
        String name = html.substring(from, to).toLowerCase(Locale.ROOT);
        return BLOCK_ENDS.contains(name) || name.startsWith("br") && LINE_BREAK.matcher(name).matches();
    }

    /** Where the entity that starts at {@code from} (after the {@code &}) ends, at its {@code ;}, or -1. */
    private static int entityEnd(String html, int from) {
        int semicolon = html.indexOf(';', from);
        if (semicolon < 0 || semicolon - from > LONGEST_ENTITY) {
            return -1;
        }
        String name = html.substring(from, semicolon);
        boolean known = switch (name) {
            case "amp", "lt", "gt", "quot", "apos", "nbsp" -> true;
            default -> name.startsWith("#") && NUMBERED.matcher(name).matches();
        };
        return known ? semicolon : -1;
    }

    private static String decode(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
            }
        };
    }
}
