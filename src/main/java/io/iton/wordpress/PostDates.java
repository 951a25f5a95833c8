package io.iton.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * WordPress's two times for a post's publishing ({@code post_date} on the old site's clock and
 * {@code post_date_gmt} in UTC) and two for its last edit ({@code post_modified},
 * {@code post_modified_gmt}). The UTC one is the instant; drafts have it as
 * {@code 0000-00-00 00:00:00}, and then the local one is read in the old site's zone.
 */
final class PostDates {

    private static final DateTimeFormatter WORDPRESS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private PostDates() {
    }

    /** The post's instant, or null when neither time can be read. */
    static Instant instant(String gmt, String local, ZoneId zone) {
        LocalDateTime utc = parse(gmt);
        if (utc != null) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        LocalDateTime there = parse(local);
        return there == null ? null : there.atZone(zone).toInstant();
    }

    private static LocalDateTime parse(String text) {
        if (text == null || text.isBlank() || text.strip().startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WORDPRESS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
