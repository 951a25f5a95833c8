package io.iton.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A post's content as WordPress stores it, turned into HTML our article sanitizer understands:
 * block-editor comments removed, {@code [caption]}, {@code [gallery]} and {@code [embed]} made into
 * figures and links, bare paragraphs wrapped as WordPress's own {@code wpautop} does, and images
 * that were imported pointed at our media library. Other shortcodes are left as text and named,
 * so nothing is lost silently. The article feature's sanitizer runs on the result when it is saved.
 */
final class WordPressContent {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_IMAGE = Pattern.compile(
            "^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?([A-Za-z][A-Za-z0-9_-]*)(?=[\\s\\]/])[^\\]\\[]*\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    /** A paragraph that is only a caption, gallery or embed: WordPress's shortcode_unautop takes the p away. */
    private static final Pattern STANDALONE_SHORTCODE = Pattern.compile(
            "<p>\\s*((?:\\[(caption|embed)\\b[^\\]]*\\].*?\\[/\\2\\])|\\[gallery\\b[^\\]]*\\])\\s*</p>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Set<String> DONE = Set.of("caption", "gallery", "embed");
    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol"
            + "|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article"
            + "|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

    private static final Pattern DOUBLE_BR = Pattern.compile("<br\\s*/?>\\s*<br\\s*/?>");
    private static final Pattern OPEN_BLOCK = Pattern.compile("(?i)(<" + BLOCKS + "[\\s/>])");
    private static final Pattern CLOSE_BLOCK = Pattern.compile("(?i)(</" + BLOCKS + ">)");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\n\n+");
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    private static final Pattern P_AROUND_BLOCK = Pattern.compile("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>");
    private static final Pattern P_BEFORE_BLOCK = Pattern.compile("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)");
    private static final Pattern P_AFTER_BLOCK = Pattern.compile("(?i)(</?" + BLOCKS + "[^>]*>)\\s*</p>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?<!<br />)\\s*\n");
    private static final Pattern BR_AFTER_BLOCK = Pattern.compile("(?i)(</?" + BLOCKS + "[^>]*>)\\s*<br />");
    private static final Pattern BR_BEFORE_BLOCK = Pattern.compile(
            "(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)");

    /** An image as the content should show it: ours when it was imported, else its old address. */
    record Shown(String src, String alt, String caption) {
    }

    /** What the content needs to know of the export's attachments. */
    interface Attachments {
        /** Our address for an old file address (any of its sizes), or null. */
        String ourSrc(String oldUrl);

        /** The gallery's images: the listed ids, or the post's own attachments when none are listed. */
        List<Shown> gallery(long postId, List<Long> ids);
    }

    record Cleaned(String html, List<String> unknownShortcodes, int emptyGalleries) {
    }

    private WordPressContent() {
    }

    static Cleaned clean(String content, long postId, Attachments attachments) {
        String text = content == null ? "" : content;
        boolean blocks = BLOCK_COMMENT.matcher(text).find();
        text = BLOCK_COMMENT.matcher(text).replaceAll("");
        // As WordPress: paragraphs first (only for classic content), then shortcodes, which never sit in a <p>.
        if (!blocks) {
            text = STANDALONE_SHORTCODE.matcher(autop(text)).replaceAll("$1");
        }
        text = replace(CAPTION, text, m -> caption(m.group(1), m.group(2)));
        int[] empty = {0};
        text = replace(GALLERY, text, m -> {
            List<Shown> images = attachments.gallery(postId, ids(attribute(m.group(1), "ids")));
            if (images.isEmpty()) {
                empty[0]++;
            }
            return gallery(images);
        });
        text = replace(EMBED, text, m -> {
            String url = m.group(1).strip();
            return "<p><a href=\"" + escape(url) + "\">" + Entities.escape(url) + "</a></p>";
        });
        Set<String> unknown = new LinkedHashSet<>();
        Matcher sc = SHORTCODE.matcher(text);
        while (sc.find()) {
            if (!DONE.contains(sc.group(1).toLowerCase())) {
                unknown.add(sc.group(1));
            }
        }
        return new Cleaned(pointImagesHome(text, attachments), List.copyOf(unknown), empty[0]);
    }

    private interface Replacer {
        String apply(Matcher m);
    }

    private static String replace(Pattern pattern, String text, Replacer replacer) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacer.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code [caption …]<img …> text[/caption]}, or the older {@code caption="text"} attribute. */
    private static String caption(String attributes, String inner) {
        Matcher m = CAPTION_IMAGE.matcher(inner);
        String image = m.matches() ? m.group(1) : inner;
        String text = m.matches() ? m.group(2).strip() : "";
        if (text.isEmpty()) {
            text = Entities.escape(attribute(attributes, "caption"));
        }
        return "<figure>" + image + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>";
    }

    private static String gallery(List<Shown> images) {
        StringBuilder out = new StringBuilder();
        for (Shown image : images) {
            out.append("<figure><img src=\"").append(escape(image.src())).append("\" alt=\"")
                    .append(escape(image.alt())).append("\">");
            if (!image.caption().isBlank()) {
                out.append("<figcaption>").append(Entities.escape(image.caption())).append("</figcaption>");
            }
            out.append("</figure>\n");
        }
        return out.toString();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes == null ? "" : attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return "";
    }

    private static List<Long> ids(String list) {
        List<Long> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // not an id: WordPress ignores it too
            }
        }
        return ids;
    }

    /**
     * WordPress's {@code wpautop}: text separated by blank lines becomes paragraphs, a single line
     * break inside one becomes {@code <br>}, and block elements are left as they are.
     */
    static String autop(String text) {
        if (text.isBlank()) {
            return "";
        }
        String pee = text.replace("\r\n", "\n").replace('\r', '\n') + "\n";
        pee = DOUBLE_BR.matcher(pee).replaceAll("\n\n");
        pee = OPEN_BLOCK.matcher(pee).replaceAll("\n\n$1");
        pee = CLOSE_BLOCK.matcher(pee).replaceAll("$1\n\n");
        pee = MANY_NEWLINES.matcher(pee).replaceAll("\n\n");
        StringBuilder out = new StringBuilder();
        for (String part : BLANK_LINE.split(pee)) {
            if (!part.isBlank()) {
                out.append("<p>").append(part.strip()).append("</p>\n");
            }
        }
        pee = P_AROUND_BLOCK.matcher(out).replaceAll("$1");
        pee = P_BEFORE_BLOCK.matcher(pee).replaceAll("$1");
        pee = P_AFTER_BLOCK.matcher(pee).replaceAll("$1");
        pee = LINE_BREAK.matcher(pee).replaceAll("<br />\n");
        pee = BR_AFTER_BLOCK.matcher(pee).replaceAll("$1");
        pee = BR_BEFORE_BLOCK.matcher(pee).replaceAll("$1");
        return pee.strip();
    }

    /** Images and links to files that were imported now point at the media library. */
    private static String pointImagesHome(String html, Attachments attachments) {
        if (!html.contains("<img") && !html.contains("<a")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element img : doc.select("img[src]")) {
            String ours = attachments.ourSrc(img.attr("src"));
            if (ours != null) {
                img.attr("src", ours);
                img.removeAttr("srcset").removeAttr("sizes");
                changed = true;
            }
        }
        for (Element a : doc.select("a[href]")) {
            String ours = attachments.ourSrc(a.attr("href"));
            if (ours != null) {
                a.attr("href", ours);
                changed = true;
            }
        }
        return changed ? doc.body().html() : html;
    }

    private static String escape(String s) {
        return Entities.escape(s == null ? "" : s).replace("\"", "&quot;");
    }
}
