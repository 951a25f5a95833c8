package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.PublicPages;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every public page type is valid HTML5 by the Nu Html Checker, run in-process. */
public class HtmlValidityIT extends AppTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPublicPage() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        for (var page : PublicPages.of(jdbc).entrySet()) {
            var response = http.get(page.getValue());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(PublicPages.expectedStatus(page.getKey()));
            String html = response.body();
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(errors(report)).as("%s (%s)", page.getKey(), page.getValue()).isEmpty();
        }
    }

    @Test
    void theCheckerItselfCatchesABrokenPage() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String broken = "<!DOCTYPE html><html lang=\"he\"><head><title>x</title></head><body><p><div></p></span></body></html>";
        assertThat(errors(validator.validate(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))).isNotEmpty();
    }

    /** The Nu checker's errors and warnings in a JSON report, one line each; also for other features' page checks. */
    public static List<String> errors(String report) {
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JsonMapper.builder().build().readTree(report).get("messages")) {
            if (!"info".equals(message.path("type").asString())) {
                errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asString()
                        + " «" + message.path("extract").asString() + "»");
            }
        }
        return errors;
    }
}
