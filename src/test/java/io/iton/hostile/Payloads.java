package io.iton.hostile;

import java.util.List;

import io.iton.support.Fixtures;

/**
 * What an attacker types. Every script a payload could run sets the global {@code __pwned}, so a
 * browser test can ask whether any ran; every payload carries a unique label, so a test can find
 * the very text it stored on the page, in the feed and in the database.
 */
final class Payloads {

    /** The global every script payload sets. */
    static final String MARK = "__pwned";

    /**
     * One line that breaks out of an attribute, an element, a title, a CDATA section and a JSON-LD
     * script, then runs script three ways, then flips the text direction (U+202E). Under 100
     * characters with its label, so it fits every field (a tag name is the shortest, 100).
     */
    static final String BREAKOUT = "\"'><img src=x onerror=" + MARK + "=1></title>]]></script><script>" + MARK
            + "=1</script>\u202E";

    /** An article body (an image the body may keep, so not {@code src=x}): what the sanitizer must strip (scripts, handlers, javascript: links) beside what it keeps. */
    static final String BODY_ATTACKS = "<script>" + MARK + "=1</script><img src=y onerror=" + MARK + "=1>"
            + "<a href=\"javascript:" + MARK + "=1\">קישור רע</a><a href=\" JaVaScRiPt:" + MARK + "=1\">עוד אחד</a>"
            + "<iframe src=\"javascript:" + MARK + "=1\"></iframe><svg onload=" + MARK + "=1></svg>"
            + "<p style=\"background:url(javascript:" + MARK + "=1)\" onclick=\"" + MARK + "=1\">פסקה</p>";

    /** SQL and LIKE metacharacters, a NUL, a backslash, and an over-long value. */
    static final List<String> SQL = List.of("' OR 1=1 --", "'; DROP TABLE article; --", "1' UNION SELECT password_hash FROM app_user --",
            "%", "_", "\\", "%' OR '%'='", "1;SELECT pg_sleep(5)", "\u0000", "x\u0000y", "\"", "-1", "99999999999999999999",
            "x".repeat(10_000));

    private Payloads() {
    }

    /** The breakout with a label of its own before it, so the test can tell fields apart. */
    static String labelled(String label) {
        return label + "-" + Fixtures.unique("").substring(1) + " " + BREAKOUT;
    }
}
