package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 * Open redirects: a login reached with {@code next=}, {@code continue}, {@code redirect=} or
 * {@code returnTo=} pointing elsewhere lands in the newsroom, and every endpoint the application
 * maps, given a foreign address in each of its parameters and path variables, redirects (when it
 * redirects at all) only within the site.
 */
abstract class OpenRedirectContract extends HostileTestBase {

    static final List<String> ELSEWHERE = List.of("//evil.example", "https://evil.example", "/\\evil.example",
            "\\\\evil.example", "javascript:alert(1)", "http:evil.example", "/%2F%2Fevil.example", "%2F%2Fevil.example",
            "///evil.example/", "https:/\\evil.example", "/%09/evil.example", "//evil.example@localhost");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void loggingInNeverLeavesTheSite() {
        List<String> wrong = new ArrayList<>();
        for (String target : ELSEWHERE) {
            for (String parameter : List.of("next", "continue", "redirect", "returnTo", "url", "target")) {
                Session visitor = Session.anonymous(http);
                visitor.get("/newsroom/login?" + parameter + "=" + SqlInjectionContract.enc(target));
                // a page that needs a login first: the site remembers it, then sends the person back there
                visitor.get("/newsroom/articles?" + parameter + "=" + SqlInjectionContract.enc(target));
                var answer = visitor.post("/newsroom/login?" + parameter + "=" + SqlInjectionContract.enc(target),
                        Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD, parameter, target));
                String problem = foreign(answer);
                if (answer.statusCode() != 302 || problem != null) {
                    wrong.add(parameter + "=" + target + ": " + answer.statusCode() + " " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noEndpointRedirectsToAnAddressFromTheRequest() {
        Session admin = admin();
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : Endpoints.of(mapping)) {
            if (e.api()) {
                continue;
            }
            for (String target : ELSEWHERE) {
                String value = SqlInjectionContract.enc(target);
                String query = e.fields().stream().map(f -> f + "=" + value).collect(Collectors.joining("&", "?", ""));
                var answer = e.changesState()
                        ? admin.post(e.path(SqlInjectionContract.NO_SUCH_ID), e.fields().stream().collect(Collectors.toMap(f -> f, f -> target)))
                        : admin.get(e.path(value) + (e.fields().isEmpty() ? "" : query));
                String problem = foreign(answer);
                if (problem != null) {
                    wrong.add(e.method() + " " + e.pattern() + " [" + target + "]: " + problem);
                }
            }
        }
        for (String path : List.of("/?p=//evil.example", "/article/1//evil.example/", "/article//evil.example",
                "/category//evil.example", "/newsroom/login?error=//evil.example")) {
            String problem = foreign(http.get(path));
            if (problem != null) {
                wrong.add(path + ": " + problem);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** What is wrong with where the answer sends the browser, or null when it stays on the site. */
    private String foreign(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return null;
        }
        // a browser drops tabs and line breaks from an address and reads a backslash as a slash
        String read = location.replaceAll("[\\t\\r\\n]", "").replace('\\', '/');
        boolean local = read.startsWith("/") && !read.startsWith("//");
        return local || read.startsWith("http://localhost:" + port + "/") ? null : "Location " + location;
    }
}
