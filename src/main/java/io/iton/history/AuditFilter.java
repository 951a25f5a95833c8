package io.iton.history;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import io.iton.shared.InvalidInput;

/**
 * The audit log's filter as typed in the newsroom form or an API query string: an account id,
 * an action key, an article id and a range of days ({@code 2025-03-01}, both ends included, in
 * the site's zone). Blank parts mean any; parts that do not parse are refused field by field.
 */
public record AuditFilter(String user, String action, String article, String from, String to) {

    public AuditFilter {
        user = clean(user);
        action = clean(action);
        article = clean(article);
        from = clean(from);
        to = clean(to);
    }

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    /** The query this filter asks for, or {@link InvalidInput} with a message key per bad field. */
    public AuditQuery toQuery(ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long userId = id(user, "user", errors);
        Long articleId = id(article, "article", errors);
        if (action != null && action.length() > AuditRecord.MAX_ACTION) {
            errors.put("action", "audit.filter.action.invalid");
        }
        LocalDate first = date(from, "from", errors);
        LocalDate last = date(to, "to", errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", "audit.filter.range.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new AuditQuery(userId, action, articleId == null ? null : "article", articleId,
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The filter as query parameters ({@code user=3&from=2025-03-01}), blank parts left out. */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        add(query, "user", user);
        add(query, "action", action);
        add(query, "article", article);
        add(query, "from", from);
        add(query, "to", to);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Long id(String text, String field, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text.startsWith("#") ? text.substring(1) : text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put(field, "audit.filter." + field + ".invalid");
        return null;
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= 1800 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        errors.put(field, "audit.filter.date.invalid");
        return null;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
