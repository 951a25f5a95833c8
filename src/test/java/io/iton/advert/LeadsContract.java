package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.support.Fixtures;
import jakarta.mail.internet.MimeMessage;

/**
 * The advertising desk end to end over HTTP: the form (refusals beside each field with the input
 * kept, spam stored and flagged, the per-address limit as a 429 that keeps the input), the mail
 * to the desk and the requester read back from an SMTP server, the inbox with its statuses,
 * notes, assignment and history, sponsoring an article, who may see it, and privacy.
 */
abstract class LeadsContract extends AdvertTestBase {

    static final String HOSTILE = "<script>alert('x')</script><b>";

    @Autowired
    FormTiming timing;

    @Autowired
    RateCard rateCard;

    @Autowired
    ArticleEditor editor;

    @Autowired
    Articles articles;

    /** A request as a person sends it: the form's hidden fields, signed as shown ten seconds ago. */
    private List<Map.Entry<String, String>> request(DeskClient visitor, Map<String, String> fields, boolean products) {
        Map<String, String> all = visitor.formOn("/advertise", "/advertise");
        all.put("formToken", timing.issue(Instant.now().minusSeconds(10)));
        all.put("name", "דנה כהן");
        all.put("company", "כהן פרסום " + Fixtures.unique(""));
        all.put("email", Fixtures.unique("dana") + "@iton.test");
        all.put("phone", "050-7654321");
        all.put("dateFrom", "");
        all.put("dateTo", "");
        all.put("budget", "FROM_5000_TO_20000");
        all.put("message", "נשמח להצעה לכתבה ממומנת.");
        all.put("consent", "true");
        all.putAll(fields);
        List<Map.Entry<String, String>> body = new ArrayList<>(all.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        if (products) {
            body.add(Map.entry("products", Long.toString(rateCard.active().get(0).id())));
        }
        return body;
    }

    private HttpResponse<String> send(DeskClient visitor, Map<String, String> fields) {
        return visitor.post("/advertise", request(visitor, fields, true));
    }

    private Map<String, Object> leadByCompany(String company) {
        return jdbc.sql("SELECT id, reference, status, spam_reason, phone, phone_typed FROM ad_lead WHERE company = :c")
                .param("c", company).query().singleRow();
    }

    private long count(String company) {
        return jdbc.sql("SELECT COUNT(*) FROM ad_lead WHERE company = :c").param("c", company).query(Long.class).single();
    }

    @Test
    void theFormListsTheRateCardAndIsNeverCached() {
        var answer = client().get("/advertise");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document page = page(answer);
        assertThat(page.select(".advertise-products li")).hasSize(rateCard.active().size());
        assertThat(page.select("input[name=products]")).hasSize(rateCard.active().size());
        assertThat(page.select(".advertise-price").text()).contains("₪");
        assertThat(page.selectFirst("input[name=website]")).isNotNull();
        assertThat(page.selectFirst("input[name=formToken]").attr("value")).matches("\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(page.selectFirst("#advertise-phone").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void aRefusedFormComesBackWholeWithAMessageBesideEachField() {
        DeskClient visitor = client();
        String company = "חברה שטעתה " + Fixtures.unique("");
        String longMessage = "א".repeat(10_000);
        var answer = visitor.post("/advertise", request(visitor, Map.of("company", company, "email", "dana@example",
                "phone", "12345", "message", longMessage, "consent", "", "name", ""), false));
        assertThat(answer.statusCode()).isEqualTo(422);
        Document page = page(answer);
        assertThat(page.selectFirst("#advertise-name-error").text()).isEqualTo("נא לכתוב את שמך.");
        assertThat(page.selectFirst("#advertise-email-error").text()).startsWith("כתובת הדואר אינה תקינה");
        assertThat(page.selectFirst("#advertise-phone-error").text()).startsWith("מספר הטלפון אינו מספר ישראלי תקין");
        assertThat(page.selectFirst("#advertise-products-error").text()).isEqualTo("נא לבחור לפחות מוצר אחד.");
        assertThat(page.selectFirst("#advertise-message-error").text()).contains("10,000").contains("5,000");
        assertThat(page.selectFirst("#advertise-consent-error")).isNotNull();
        assertThat(page.selectFirst("#advertise-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#advertise-company").attr("value")).isEqualTo(company);
        assertThat(page.selectFirst("#advertise-email").attr("value")).isEqualTo("dana@example");
        assertThat(page.selectFirst("#advertise-message").wholeText()).isEqualTo(longMessage);
        assertThat(count(company)).as("nothing stored").isZero();
    }

    @Test
    void aGoodRequestIsStoredAndMailsTheDeskAndTheRequesterInHebrew() throws Exception {
        DeskClient visitor = client();
        String company = HOSTILE + " בע\"מ " + Fixtures.unique("");
        String email = Fixtures.unique("requester") + "@iton.test";
        var answer = send(visitor, Map.of("name", HOSTILE + "דנה", "company", company, "email", email,
                "phone", "+972 50 765 4321", "message", "שורה ראשונה\n" + HOSTILE + " & \"מרכאות\""));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).endsWith("/advertise/sent");
        String sent = page(visitor.get("/advertise/sent")).selectFirst("main").text();
        Map<String, Object> row = leadByCompany(company);
        String reference = (String) row.get("reference");
        assertThat(reference).matches("AD-\\d{4}-[2-9A-Z]{8}");
        assertThat(sent).contains(reference);
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("phone")).isEqualTo("+972507654321");
        assertThat(row.get("phone_typed")).isEqualTo("+972 50 765 4321");
        assertThat(page(visitor.get("/advertise/sent")).selectFirst("main").text()).doesNotContain(reference);

        sender.sendDue();
        assertThat(MAIL.waitForIncomingEmail(15_000, 2)).isTrue();
        MimeMessage confirmation = MAIL.getReceivedMessagesForDomain(email)[0];
        assertThat(confirmation.getSubject()).isEqualTo("קיבלנו את בקשתך לפרסום בעיתון (" + reference + ")");
        MailParts toRequester = MailParts.of(confirmation);
        assertThat(toRequester.htmls).isEmpty();
        assertThat(toRequester.texts.get(0).getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(toRequester.text()).contains("שלום " + HOSTILE + "דנה", reference, HOSTILE + " & \"מרכאות\"");
        MimeMessage notification = MAIL.getReceivedMessagesForDomain("sales@iton.test")[0];
        assertThat(notification.getSubject()).startsWith("בקשת פרסום חדשה " + reference);
        MailParts toDesk = MailParts.of(notification);
        assertThat(toDesk.htmls).isEmpty();
        assertThat(toDesk.text()).contains(email, "+972507654321", company, "/newsroom/leads/" + row.get("id"));

        UserAccount sales = user(Role.SALES);
        DeskClient desk = loggedIn(sales);
        String inbox = desk.get("/newsroom/leads?q=" + java.net.URLEncoder.encode(reference, StandardCharsets.UTF_8)).body();
        assertThat(inbox).contains(reference).doesNotContain(HOSTILE).contains("&lt;script&gt;");
        var detail = desk.get("/newsroom/leads/" + row.get("id"));
        assertThat(detail.body()).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(");
        Document lead = page(detail);
        assertThat(lead.selectFirst(".lead-company").text()).isEqualTo(company);
        assertThat(lead.select(".lead-mails li")).hasSize(2);
        assertThat(lead.select(".lead-mails li").text()).contains("נשלחה");
    }

    @Test
    void spamIsStoredFlaggedAndNeverMailed() throws Exception {
        String honeypot = "מלכודת " + Fixtures.unique("");
        assertThat(location(send(client(), Map.of("company", honeypot, "website", "http://spam.example")))).endsWith("/advertise/sent");
        assertThat(leadByCompany(honeypot)).containsEntry("status", "SPAM").containsEntry("spam_reason", "HONEYPOT");

        DeskClient fast = client();
        String tooFast = "מהיר " + Fixtures.unique("");
        String fresh = fast.formOn("/advertise", "/advertise").get("formToken");
        assertThat(location(send(fast, Map.of("company", tooFast, "formToken", fresh)))).endsWith("/advertise/sent");
        assertThat(leadByCompany(tooFast)).containsEntry("spam_reason", "TOO_FAST");

        String forged = "מזויף " + Fixtures.unique("");
        send(client(), Map.of("company", forged, "formToken", (Instant.now().toEpochMilli() - 60_000) + ".forged"));
        assertThat(leadByCompany(forged)).containsEntry("spam_reason", "BAD_TOKEN");

        sender.sendDue();
        assertThat(MAIL.getReceivedMessages()).as("no mail for spam").isEmpty();
        DeskClient desk = loggedIn(user(Role.SALES));
        assertThat(desk.get("/newsroom/leads").body()).doesNotContain(honeypot);
        assertThat(desk.get("/newsroom/leads?status=SPAM&q=" + java.net.URLEncoder.encode(honeypot, StandardCharsets.UTF_8))
                .body()).contains(honeypot).contains("ספאם");
    }

    @Test
    void overTheLimitAnAddressGetsA429ThatKeepsTheInputAndTheRequestIsKeptAsSpam() {
        DeskClient visitor = client();
        // a refused form does not count against the limit
        visitor.post("/advertise", request(visitor, Map.of("email", "bad"), true));
        for (int i = 0; i < 3; i++) {
            assertThat(send(visitor, Map.of()).statusCode()).isEqualTo(302);
        }
        String company = "עקשן " + Fixtures.unique("");
        var answer = send(visitor, Map.of("company", company, "message", "הודעה שלא תאבד"));
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        Document page = page(answer);
        assertThat(page.selectFirst(".form-notice").text()).startsWith("נשלחו מהכתובת שלכם בקשות רבות");
        assertThat(page.selectFirst("#advertise-company").attr("value")).isEqualTo(company);
        assertThat(page.selectFirst("#advertise-message").wholeText()).isEqualTo("הודעה שלא תאבד");
        assertThat(page.selectFirst("input[name=products][checked]")).isNotNull();
        assertThat(leadByCompany(company)).containsEntry("status", "SPAM").containsEntry("spam_reason", "RATE_LIMIT");
        assertThat(send(client(), Map.of()).statusCode()).as("another address is not limited").isEqualTo(302);
    }

    @Test
    void theDeskWorksALeadFromNewToAWonSponsoredArticleAndEveryStepIsInItsHistory() {
        String company = "מאפיית הגליל " + Fixtures.unique("");
        send(client(), Map.of("company", company));
        long id = ((Number) leadByCompany(company).get("id")).longValue();
        UserAccount sales = user(Role.SALES);
        DeskClient desk = loggedIn(sales);
        String path = "/newsroom/leads/" + id;

        var illegal = desk.submit(path, path + "/status", Map.of("to", "WON"));
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(location(desk.submit(path, path + "/status", Map.of("to", "CONTACTED")))).endsWith("?done=status");
        assertThat(location(desk.submit(path, path + "/notes", Map.of("note", "דיברנו בטלפון " + HOSTILE)))).endsWith("?done=note");
        assertThat(location(desk.submit(path, path + "/assignee", Map.of("assignee", Long.toString(sales.id())))))
                .endsWith("?done=assigned");
        var writer = user(Role.WRITER);
        assertThat(desk.submit(path, path + "/assignee", Map.of("assignee", Long.toString(writer.id()))).statusCode())
                .as("only the desk may be assigned").isEqualTo(422);
        var stale = desk.post(path + "/status", Map.of("_csrf", desk.formOn(path, path + "/notes").get("_csrf"),
                "to", "LOST", "version", "0"));
        assertThat(stale.statusCode()).as("a form shown before a change").isEqualTo(409);
        assertThat(location(desk.submit(path, path + "/status", Map.of("to", "QUOTE_SENT")))).endsWith("?done=status");
        assertThat(location(desk.submit(path, path + "/status", Map.of("to", "WON")))).endsWith("?done=status");

        Article article = editor.create(new ArticleDraft("כתבה לחסות " + Fixtures.unique(""), "", "<p>גוף</p>", "", 1L, 1L,
                List.of(), null, null, null, null, null, null), io.iton.article.Actor.SYSTEM);
        var found = page(desk.get(path + "?find=" + java.net.URLEncoder.encode("כתבה לחסות", StandardCharsets.UTF_8)));
        assertThat(found.select("#lead-article option").eachAttr("value")).contains(Long.toString(article.id()));
        assertThat(location(desk.submit(path, path + "/article", Map.of("articleId", Long.toString(article.id())))))
                .endsWith("?done=article");
        Article sponsored = articles.find(article.id()).orElseThrow();
        assertThat(sponsored.sponsored()).isTrue();
        assertThat(sponsored.sponsorName()).isEqualTo(company);

        Document lead = page(desk.get(path));
        assertThat(lead.selectFirst(".lead-status").text()).isEqualTo("נסגרה בהצלחה");
        assertThat(lead.selectFirst(".lead-article a").attr("href")).isEqualTo("/newsroom/articles/" + article.id());
        String history = lead.select(".lead-history li").text();
        assertThat(history).contains("הפנייה התקבלה מהטופס", "נשלח לתור הדואר", "הסטטוס שונה מ\"חדשה\" ל\"נוצר קשר\"",
                "הערה פנימית", "דיברנו בטלפון " + HOSTILE, "הוקצתה ל" + sales.displayName(), "ל\"נסגרה בהצלחה\"",
                "קושרה לכתבה ממומנת #" + article.id(), sales.displayName());
        assertThat(desk.get(path).body()).doesNotContain(HOSTILE);
    }

    @Test
    void onlyTheSalesDeskAndAdministratorsSeeLeadsAndSalesCannotEditArticles() {
        String company = "פרטי " + Fixtures.unique("");
        send(client(), Map.of("company", company));
        long id = ((Number) leadByCompany(company).get("id")).longValue();
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            DeskClient staff = loggedIn(user(role));
            assertThat(staff.get("/newsroom/leads").statusCode()).as(role + " list").isEqualTo(403);
            assertThat(staff.get("/newsroom/leads/" + id).statusCode()).as(role + " lead").isEqualTo(403);
            assertThat(staff.get("/newsroom/leads/" + id + "/export").statusCode()).as(role + " export").isEqualTo(403);
            assertThat(staff.get("/newsroom/outbox").statusCode()).as(role + " outbox").isEqualTo(403);
        }
        DeskClient sales = loggedIn(user(Role.SALES));
        assertThat(sales.get("/newsroom/articles").statusCode()).isEqualTo(403);
        assertThat(sales.get("/newsroom/articles/new").statusCode()).isEqualTo(403);
        assertThat(location(sales.get("/newsroom"))).endsWith("/newsroom/leads");
        assertThat(sales.get("/newsroom/outbox").statusCode()).isEqualTo(200);
        assertThat(location(client().get("/newsroom/leads"))).contains("/newsroom/login");
        DeskClient admin = client();
        admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.get("/newsroom/leads/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void theOutboxPageShowsWaitingMailWithItsAttempts() {
        int inserted = jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, text_body, status, attempts, next_attempt_at,
                                                 last_error, created_at)
                        VALUES ('waiting@iton.test', 'ממתינה לשרת', 'גוף', 'PENDING', 2, :later, 'Connection refused', :now)""")
                .param("later", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        assertThat(inserted).isEqualTo(1);
        DeskClient desk = loggedIn(user(Role.SALES));
        Document page = page(desk.get("/newsroom/outbox?status=PENDING"));
        var row = page.select("tr").stream().filter(r -> r.text().contains("waiting@iton.test")).findFirst().orElseThrow();
        assertThat(row.selectFirst(".outbox-status").text()).startsWith("ממתינה");
        assertThat(row.text()).contains("Connection refused").contains("2");
    }

    @Test
    void anOldLeadIsAnonymizedByAnAdministratorWithItsHistoryKeptAndCanBeExportedBefore() throws Exception {
        String company = "ישן " + Fixtures.unique("");
        String email = Fixtures.unique("old") + "@iton.test";
        send(client(), Map.of("company", company, "email", email));
        long id = ((Number) leadByCompany(company).get("id")).longValue();
        DeskClient sales = loggedIn(user(Role.SALES));
        String path = "/newsroom/leads/" + id;
        sales.submit(path, path + "/notes", Map.of("note", "הטלפון של דנה הוא 050-7654321"));

        var export = sales.getBytes(path + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".json");
        String json = new String(export.body(), StandardCharsets.UTF_8);
        assertThat(json).contains(email, company, "+972507654321", "הטלפון של דנה", "RECEIVED");

        jdbc.sql("UPDATE ad_lead SET received_at = :old WHERE id = :id")
                .param("old", OffsetDateTime.now(ZoneOffset.UTC).minusYears(3)).param("id", id).update();
        assertThat(sales.submit(path, path + "/anonymize", Map.of()).statusCode()).as("sales may not").isEqualTo(403);
        DeskClient admin = client();
        admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(page(admin.get(path)).selectFirst("#lead-anonymize")).isNotNull();
        assertThat(location(admin.submit(path, path + "/anonymize", Map.of()))).endsWith("?done=anonymized");

        Document lead = page(admin.get(path));
        assertThat(lead.selectFirst(".lead-company").text()).isEqualTo(LeadPrivacy.REMOVED);
        assertThat(lead.selectFirst(".lead-email").text()).isEqualTo(LeadPrivacy.REMOVED);
        assertThat(lead.selectFirst(".lead-message").text()).isEqualTo(LeadPrivacy.REMOVED);
        String history = lead.select(".lead-history li").text();
        assertThat(history).contains("הפנייה התקבלה מהטופס", "הפרטים האישיים הוסרו").doesNotContain("050-7654321");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :e").param("e", email)
                .query(Long.class).single()).as("the mail about it forgets the address").isZero();
        String after = new String(sales.getBytes(path + "/export").body(), StandardCharsets.UTF_8);
        assertThat(after).doesNotContain(email).doesNotContain(company).contains("ANONYMIZED");
    }
}
