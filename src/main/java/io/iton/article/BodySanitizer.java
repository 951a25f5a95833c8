package io.iton.article;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The article body allow-list (DESIGN §4). Everything else is removed on save, so nothing a writer
 * or an import pastes is ever executed on render. Pasted markup is mapped onto the list where it
 * has a clear meaning: {@code b} is {@code strong}, a top-level {@code h1} is a section {@code h2}.
 * Images from the media library keep what makes them responsive ({@code srcset}, {@code sizes},
 * {@code width}, {@code height}, {@code loading}); a {@code srcset} is kept only when every
 * address in it is one of our {@code /media/} files or an https one.
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
            .allowAttributes("srcset").matching(BodySanitizer::srcset).onElements("img")
            .allowAttributes("sizes").matching(Pattern.compile("[a-zA-Z0-9\\s().,:%+*/-]{1,300}")).onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[1-9][0-9]{0,4}")).onElements("img")
            .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
            .toFactory();

    /** Our own image files: {@code /media/<folder>/<file>}, no way up out of the folder. */
    private static final Pattern MEDIA_URL = Pattern.compile("/media/[A-Za-z0-9_-]+/[A-Za-z0-9_-]+\\.[a-z]{3,4}");
    private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s,'\"<>()\\\\]+");
    private static final Pattern DESCRIPTOR = Pattern.compile("[1-9][0-9]{0,4}w|[0-9](\\.[0-9]{1,2})?x");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** White space as the sanitizer writes it: plain, the no-break character, or its entities. */
    private static final Pattern BLANK = Pattern.compile("(\\s|\u00A0|&nbsp;|&#160;|&#xa0;)+", Pattern.CASE_INSENSITIVE);

    /** The srcset rewritten plainly ({@code url 640w, url 1024w}), or null (dropped) if any candidate is not safe. */
    private static String srcset(String element, String attribute, String value) {
        StringBuilder kept = new StringBuilder();
        for (String candidate : value.strip().split("\\s*,\\s*")) {
            String[] parts = candidate.strip().split("\\s+");
            boolean safeUrl = MEDIA_URL.matcher(parts[0]).matches() || HTTPS_URL.matcher(parts[0]).matches();
            if (parts[0].isEmpty() || !safeUrl || parts.length > 2
                    || (parts.length == 2 && !DESCRIPTOR.matcher(parts[1]).matches())) {
                return null;
            }
            kept.append(kept.isEmpty() ? "" : ", ").append(String.join(" ", parts));
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(PastedMarkup.clean(html)).strip();
    }

    /** True when sanitized HTML shows nothing: no text and no image. */
    boolean isEmpty(String sanitized) {
        String text = TAG.matcher(sanitized).replaceAll("");
        return !sanitized.contains("<img") && BLANK.matcher(text).replaceAll("").isEmpty();
    }
}
