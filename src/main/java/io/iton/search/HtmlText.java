package io.iton.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of a sanitized article body: tags out, entities decoded, blocks spaced. */
final class HtmlText {

    private static final Pattern BLOCK_END = Pattern.compile("</(p|h2|h3|li|blockquote|figcaption)>|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" ")).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(out);
        return SPACE.matcher(out).replaceAll(" ").strip();
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
