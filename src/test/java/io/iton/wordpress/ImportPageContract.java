package io.iton.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.site.HtmlValidityIT;
import io.iton.support.AppTest;
import io.iton.support.Fixtures;
import io.iton.support.Session;
import nu.validator.client.EmbeddedValidator;

/** {@code /newsroom/import}: administrators only, CSRF on the upload, the import runs and reports. */
abstract class ImportPageContract extends AppTest {

    static final String PASSWORD = "סיסמה-ארוכה-לבדיקות";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private Session session(Role role) {
        String email = Fixtures.unique(role.name().toLowerCase()) + "@iton.test";
        accounts.create(email, role.name(), PASSWORD, role);
        return Session.login(http, email, PASSWORD);
    }

    private static java.net.http.HttpResponse<String> upload(Session s, byte[] file, String token) {
        return s.multipart("/newsroom/import" + (token == null ? "" : "?_csrf=" + token),
                token == null ? Map.of() : Map.of("_csrf", token), "export.xml", "text/xml", file, Map.of());
    }

    @Test
    void anAdministratorUploadsAnExportAndReadsItsReport() throws Exception {
        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        var form = admin.get("/newsroom/import");
        assertThat(form.statusCode()).isEqualTo(200);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        assertThat(HtmlValidityIT.errors(validator.validate(new ByteArrayInputStream(
                form.body().getBytes(StandardCharsets.UTF_8))))).isEmpty();

        String site = "https://page-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        byte[] xml = new TestWxr(site).post(1, "מהעמוד בניוזרום", "from-page-" + UUID.randomUUID().toString()
                .substring(0, 6), "dana", "news", "<p>גוף</p>").xml().getBytes(StandardCharsets.UTF_8);
        var started = upload(admin, xml, admin.token());
        assertThat(started.statusCode()).isEqualTo(302);
        String page = admin.get("/newsroom/import").body();
        for (int i = 0; i < 100 && page.contains("http-equiv=\"refresh\""); i++) {
            Thread.sleep(300);
            page = admin.get("/newsroom/import").body();
        }
        assertThat(page).contains("1 imported", "export.xml");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wordpress_item WHERE source = :s AND item_key = 'post:1'")
                .param("s", site).query(Long.class).single()).isEqualTo(1);
        assertThat(HtmlValidityIT.errors(validator.validate(new ByteArrayInputStream(
                page.getBytes(StandardCharsets.UTF_8))))).isEmpty();

        var notXml = upload(admin, "שלום".getBytes(StandardCharsets.UTF_8), admin.token());
        assertThat(notXml.statusCode()).isEqualTo(400);
        assertThat(notXml.body()).contains("אינו נראה כקובץ ייצוא");
    }

    @Test
    void onlyAdministratorsMayImportAndTheFormNeedsItsToken() {
        Session editor = session(Role.EDITOR);
        assertThat(editor.get("/newsroom/import").statusCode()).isEqualTo(403);
        byte[] xml = new TestWxr("https://never.example").post(1, "לא", "never", "dana", "news", "<p>x</p>").xml()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload(editor, xml, editor.token()).statusCode()).isEqualTo(403);
        Session admin = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(upload(admin, xml, null).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wordpress_item WHERE source = 'https://never.example'")
                .query(Long.class).single()).isZero();
        assertThat(Session.anonymous(http).get("/newsroom/import").statusCode()).isEqualTo(302);
    }
}
