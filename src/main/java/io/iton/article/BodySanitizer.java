package io.iton.article;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The article body allow-list (DESIGN §4). Everything else is removed on save, so nothing a writer
 * or an import pastes is ever executed on render. Pasted markup is mapped onto the list where it
 * has a clear meaning: {@code b} is {@code strong}, a top-level {@code h1} is a section {@code h2}.
 */
@Component
class BodySanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "strong", "em", "a", "ul", "ol", "li", "blockquote", "figure", "img",
                    "figcaption", "br")
            .allowElements((name, attrs) -> "strong", "b")
            .allowElements((name, attrs) -> "em", "i")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "h3", "h4", "h5", "h6")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .toFactory();

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** White space as the sanitizer writes it: plain, the no-break character, or its entities. */
    private static final Pattern BLANK = Pattern.compile("(\\s|\u00A0|&nbsp;|&#160;|&#xa0;)+", Pattern.CASE_INSENSITIVE);

    String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(PastedMarkup.clean(html)).strip();
    }

    /** True when sanitized HTML shows nothing: no text and no image. */
    boolean isEmpty(String sanitized) {
        String text = TAG.matcher(sanitized).replaceAll("");
        return !sanitized.contains("<img") && BLANK.matcher(text).replaceAll("").isEmpty();
    }
}
