package io.iton.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.site.HtmlValidityIT;
import io.iton.support.AppTest;
import io.iton.support.Session;
import nu.validator.client.EmbeddedValidator;

/** The revisions list, the compare page and the audit log are valid HTML5 by the Nu Html Checker. */
class HistoryHtmlValidityIT extends AppTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNuHtmlCheckerFindsNoErrorOnTheHistoryPages() throws Exception {
        HistoryTestData data = new HistoryTestData(jdbc);
        long id = data.create(http, RevisionContract.TITLE, RevisionContract.SUBTITLE, RevisionContract.BODY);
        http.asAdmin("PUT", "/api/v1/articles/" + id, data.article(RevisionContract.TITLE + " <b>&amp;</b>",
                "", RevisionContract.BODY + "<p>עוד</p>", List.of("ישראל"), 0));
        long first = jdbc.sql("SELECT MIN(id) FROM article_revision WHERE article_id = :id").param("id", id).query(Long.class).single();
        long second = jdbc.sql("SELECT MAX(id) FROM article_revision WHERE article_id = :id").param("id", id).query(Long.class).single();
        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        Map<String, String> pages = Map.of(
                "revisions", "/newsroom/articles/" + id + "/revisions",
                "compare", "/newsroom/articles/" + id + "/revisions/compare?from=" + first + "&to=" + second,
                "audit", "/newsroom/audit",
                "refused filter", "/newsroom/audit?article=abc&from=2025-03-02&to=2025-03-01");
        for (var page : pages.entrySet()) {
            String html = admin.get(page.getValue()).body();
            assertThat(html).as(page.getKey()).contains("<h1>").doesNotContain("<b>&amp;</b>");
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(HtmlValidityIT.errors(report)).as(page.getKey()).isEmpty();
        }
    }
}
