package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.iton.hostile.Endpoints.Endpoint;
import io.iton.support.Session;

/**
 * SQL injection strings, LIKE wildcards, a NUL, a backslash and a 10,000-character value in every
 * path variable, query parameter, form field and JSON field of every endpoint the application
 * maps (read from Spring's handler mapping, so new endpoints are attacked too), as the
 * administrator, who reaches them all. Every answer is a clean 4xx or a normal page, never a 500
 * or a database message; reads change no row of any table; writes lose no row and no table.
 */
abstract class SqlInjectionContract extends HostileTestBase {

    /** An id no row has: a write aimed at it must change nothing. */
    static final String NO_SUCH_ID = "987654321";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyReadAnswersCleanlyAndChangesNoRow() {
        List<Endpoint> reads = Endpoints.of(mapping).stream().filter(e -> !e.changesState()).toList();
        assertThat(reads).as("GET endpoints found").hasSizeGreaterThan(40);
        Session admin = admin();
        Map<String, String> before = Tables.fingerprint(jdbc);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : reads) {
            for (String payload : Payloads.SQL) {
                String query = query(e, payload);
                check(wrong, e, payload, read(admin, e.path(enc(payload)) + query));
                if (!e.variables().isEmpty() && !query.isEmpty()) {
                    check(wrong, e, payload, read(admin, e.path("1") + query));
                }
            }
        }
        assertThat(wrong).as("answers").isEmpty();
        assertThat(Tables.changedSince(before, jdbc)).as("every table, row by row").isEmpty();
    }

    @Test
    void everyWriteAnswersCleanlyAndLosesNothing() {
        List<Endpoint> writes = Endpoints.of(mapping).stream().filter(Endpoint::changesState).toList();
        assertThat(writes).as("state-changing endpoints found").hasSizeGreaterThan(40);
        Session admin = admin();
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : writes) {
            for (String payload : Payloads.SQL) {
                for (String id : List.of(enc(payload), NO_SUCH_ID)) {
                    check(wrong, e, payload, write(admin, e, e.path(id), payload));
                }
            }
        }
        for (String payload : Payloads.SQL) {
            var login = Session.anonymous(http).post("/newsroom/login", Map.of("username", payload, "password", payload));
            check(wrong, new Endpoint("POST", "/newsroom/login", List.of(), java.util.Set.of(), null), payload, login);
        }
        assertThat(wrong).as("answers").isEmpty();
        Map<String, Long> after = counts();
        assertThat(after.keySet()).as("tables").containsAll(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table + " rows").isGreaterThanOrEqualTo(rows));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Tables.names(jdbc)) {
            if (!Tables.RESTLESS.contains(table)) {
                counts.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
            }
        }
        return counts;
    }

    private HttpResponse<String> read(Session admin, String path) {
        return path.startsWith("/api/") ? http.getAsAdmin(path) : admin.get(path);
    }

    private HttpResponse<String> write(Session admin, Endpoint e, String path, String payload) {
        if (e.api()) {
            String json = e.jsonFields() == null ? null : e.jsonFields().stream()
                    .map(f -> Parsed.quoted(f) + ":" + Parsed.quoted(payload)).collect(Collectors.joining(",", "{", "}"));
            return http.asAdmin(e.method(), path, json);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        e.fields().forEach(f -> fields.put(f, payload));
        return admin.post(path, fields);
    }

    private static String query(Endpoint e, String payload) {
        return e.fields().isEmpty() ? "" : e.fields().stream().map(f -> enc(f) + "=" + enc(payload))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static void check(List<String> wrong, Endpoint e, String payload, HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body();
        String shown = payload.length() > 40 ? payload.substring(0, 10) + "…(" + payload.length() + ")" : payload;
        if (answer.statusCode() >= 500) {
            wrong.add(e.method() + " " + e.pattern() + " [" + shown + "]: " + answer.statusCode());
        } else if (body.contains("SQLException") || body.contains("org.h2.") || body.contains("org.postgresql")
                || body.contains("\tat io.iton") || body.contains("BadSqlGrammar")) {
            wrong.add(e.method() + " " + e.pattern() + " [" + shown + "]: a database message in the answer");
        }
    }

    /** Percent-encoded for a path segment or a query value (a space as %20, not +). */
    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
