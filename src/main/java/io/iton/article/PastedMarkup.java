package io.iton.article;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What word processors put around pasted text, turned into plain meaning before the allow-list
 * sees it. Google Docs wraps a whole paste in {@code <b style="font-weight:normal">} and marks
 * bold and italic only with inline styles; Word writes its own {@code o:} elements, conditional
 * comments and {@code <style>} blocks. Without this, a pasted Docs article would come out all bold
 * and its real emphasis would be lost.
 */
final class PastedMarkup {

    private static final Pattern NORMAL_WEIGHT = Pattern.compile("font-weight\\s*:\\s*(normal|400)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD = Pattern.compile("font-weight\\s*:\\s*(bold|[6-9]00)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("font-style\\s*:\\s*italic", Pattern.CASE_INSENSITIVE);

    private PastedMarkup() {
    }

    static String clean(String html) {
        if (!html.contains("style") && !html.contains("docs-internal-guid") && !html.contains("<o:")) {
            return html;  // typed in our editor: nothing to undo
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("style, meta, xml, title").remove();
        for (Element b : doc.select("b")) {
            if (b.id().startsWith("docs-internal-guid") || NORMAL_WEIGHT.matcher(b.attr("style")).find()) {
                b.unwrap();
            }
        }
        for (Element span : doc.select("span[style]")) {
            String style = span.attr("style");
            if (BOLD.matcher(style).find()) {
                span.wrap("<strong></strong>");
            }
            if (ITALIC.matcher(style).find()) {
                span.wrap("<em></em>");
            }
        }
        return doc.body().html();
    }
}
