package io.iton.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page as a browser would parse it and lists what an injected payload left that could
 * run: an event handler attribute, an inline script that is not JSON-LD, a {@code javascript:}
 * address, the payload's {@code <img src=x>}, or a second {@code <title>}. The site's own markup has
 * none of these (its Content-Security-Policy forbids inline scripts), so any is an injection.
 */
final class Neutralized {

    private Neutralized() {
    }

    static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> found = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    found.add("handler " + a.getKey() + " on <" + e.tagName() + ">");
                } else if (value.startsWith("javascript:") || value.contains("url(javascript:")) {
                    found.add("javascript: in " + e.tagName() + "[" + a.getKey() + "]");
                }
            }
            if (e.tagName().equals("script") && !e.hasAttr("src") && !"application/ld+json".equals(e.attr("type"))) {
                found.add("inline script: " + e.data());
            }
            if (e.tagName().equals("img") && e.attr("src").equals("x")) {
                found.add("injected <img src=x>");
            }
        }
        if (page.select("title").size() > 1) {
            found.add("a second <title>");
        }
        return found;
    }

    /** True when the page shows the text as typed: in its text, or as a whole attribute (an image's alt). */
    static boolean shows(String html, String typed) {
        Document page = Jsoup.parse(html);
        return page.text().contains(typed.strip()) || page.getAllElements().stream()
                .anyMatch(e -> e.attributes().asList().stream().anyMatch(a -> a.getValue().equals(typed)));
    }

    /** The text a reader sees on the page, as the browser would show it. */
    static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
