package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.iton.support.Fixtures;
import jakarta.mail.internet.MimeMessage;

/**
 * "Forgot my password" by mail: the neutral answer, the Hebrew UTF-8 message, the one-time link
 * that sets a new password and ends every "remember me", and links refused once used or expired.
 */
abstract class PasswordResetContract extends AccountTestBase {

    private static final Pattern LINK = Pattern.compile("http://\\S+(/newsroom/password-reset/[A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "סיסמה-חדשה-אחרי-איפוס";

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void theLinkArrivesByMailInHebrewAndSetsANewPasswordOnce() throws Exception {
        var writer = user(Role.WRITER);
        var browser = client();
        browser.login(writer.email(), PASSWORD, true);
        assertThat(rememberMeTokens(writer)).isEqualTo(1);

        var stranger = client();
        var asked = stranger.submit("/newsroom/password-reset", "/newsroom/password-reset", Map.of("email", writer.email().toUpperCase()));
        assertThat(location(asked)).endsWith("/newsroom/password-reset?sent");
        String neutral = page(stranger.get("/newsroom/password-reset?sent")).selectFirst(".notice.ok").text();
        assertThat(neutral).startsWith("אם קיים חשבון פעיל עם כתובת זו").contains("60 דקות");

        MimeMessage mail = mailTo(writer.email());
        assertThat(mail.getSubject()).isEqualTo("איפוס סיסמה לחדר החדשות של עיתון");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("newsroom@iton.test");
        String body = (String) mail.getContent();
        assertThat(body).contains("שלום משתמש בדיקה", "תקף 60 דקות");
        var link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String path = link.group(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = :token")
                .param("token", path.substring(path.lastIndexOf('/') + 1)).query(Long.class).single())
                .as("only the hash is stored").isZero();

        Document choose = page(stranger.get(path));
        assertThat(choose.selectFirst("h1").text()).isEqualTo("בחירת סיסמה חדשה");
        var mismatch = stranger.submit(path, path, Map.of("password", NEW_PASSWORD, "passwordRepeat", "אחרת-לגמרי-ארוכה"));
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(page(mismatch).selectFirst("#choose-repeat-error").text()).isEqualTo("שתי הסיסמאות אינן זהות.");

        var done = stranger.submit(path, path, Map.of("password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD));
        assertThat(location(done)).endsWith("/newsroom/login?done=reset");
        assertThat(rememberMeTokens(writer)).isZero();
        assertThat(location(client().login(writer.email(), NEW_PASSWORD, false))).doesNotContain("error");

        var reused = stranger.get(path);
        assertThat(reused.statusCode()).isEqualTo(404);
        assertThat(page(reused).selectFirst(".notice.error").text()).startsWith("הקישור אינו תקף");
        var replay = stranger.submit("/newsroom/password-reset", path, Map.of("password", "עוד-סיסמה-ארוכה-מאוד", "passwordRepeat", "עוד-סיסמה-ארוכה-מאוד"));
        assertThat(replay.statusCode()).isEqualTo(404);
        assertThat(location(client().login(writer.email(), NEW_PASSWORD, false))).doesNotContain("error");
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        var writer = user(Role.WRITER);
        var stranger = client();
        String nobody = Fixtures.unique("nobody") + "@iton.test";
        var unknown = stranger.submit("/newsroom/password-reset", "/newsroom/password-reset", Map.of("email", nobody));
        var known = stranger.submit("/newsroom/password-reset", "/newsroom/password-reset", Map.of("email", writer.email()));
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode());
        assertThat(location(unknown)).isEqualTo(location(known));
        mailTo(writer.email());
        assertThat(MAIL.getReceivedMessagesForDomain(nobody)).isEmpty();
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        var writer = user(Role.EDITOR);
        var stranger = client();
        stranger.submit("/newsroom/password-reset", "/newsroom/password-reset", Map.of("email", writer.email()));
        var link = LINK.matcher((String) mailTo(writer.email()).getContent());
        assertThat(link.find()).isTrue();
        String path = link.group(1);
        assertThat(stranger.get(path).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));
        assertThat(stranger.get(path).statusCode()).isEqualTo(404);
        var late = stranger.submit("/newsroom/password-reset", path, Map.of("password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD));
        assertThat(late.statusCode()).isEqualTo(404);
        assertThat(location(client().login(writer.email(), PASSWORD, false))).doesNotContain("error");
    }

    private static MimeMessage mailTo(String email) {
        assertThat(MAIL.waitForIncomingEmail(15_000, 1)).as("a mail arrives").isTrue();
        var messages = MAIL.getReceivedMessagesForDomain(email);
        assertThat(messages).as("mail to " + email).hasSize(1);
        return messages[0];
    }
}
