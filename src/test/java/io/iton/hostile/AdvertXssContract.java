package io.iton.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.iton.account.Role;
import io.iton.support.Fixtures;
import io.iton.support.Http;
import io.iton.support.Session;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * Stored XSS and header injection through the advertising desk: the public request form (name,
 * company, message), the rate card (product name and description, shown on the public form too)
 * and a quote (line products, notes). Each reaches the sales desk's pages, the outbox page, the
 * notification and confirmation mails and the quote mail: nothing runs, the text reads as typed,
 * no mail is HTML made from what a visitor typed, and no typed line break becomes a mail header.
 */
abstract class AdvertXssContract extends HostileTestBase {

    @Test
    void aHostileRequestReachesTheDeskAndTheMailsAsPlainText() throws Exception {
        Map<String, String> typed = typed("name", "company", "message");
        String email = Fixtures.unique("hostile") + "@iton.test";
        HttpResponse<String> sent = request(http, Map.of("name", typed.get("name"), "company", typed.get("company"),
                "message", "שורה\r\nBcc: victim@evil.example\r\n\r\n" + typed.get("message"), "email", email));
        assertThat(sent.headers().firstValue("Location").orElse("")).as(sent.body()).endsWith("/advertise/sent");
        long lead = jdbc.sql("SELECT id FROM ad_lead WHERE email = :email").param("email", email).query(Long.class).single();
        assertThat(jdbc.sql("SELECT name || '|' || company FROM ad_lead WHERE id = :id").param("id", lead)
                .query(String.class).single()).isEqualTo(typed.get("name") + "|" + typed.get("company"));

        Session desk = login(user(Role.SALES));
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/newsroom/leads", "/newsroom/leads/" + lead, "/newsroom/outbox")) {
            String html = desk.get(path).body();
            Neutralized.problems(html).forEach(p -> wrong.add(path + ": " + p));
            if (!path.equals("/newsroom/outbox") && !Neutralized.shows(html, typed.get("company"))) {
                wrong.add(path + " does not show the company as typed");
            }
        }
        assertThat(wrong).isEmpty();

        List<MimeMessage> mails = new ArrayList<>(mailsTo(email, "", 1));
        mails.addAll(mailsTo("sales@iton.test", typed.get("company"), 1));
        for (MimeMessage mail : mails) {
            assertThat(mail.getRecipients(Message.RecipientType.BCC)).as("Bcc").isNull();
            assertThat(mail.getAllRecipients()).hasSize(1);
            assertThat(htmlParts(mail)).as("HTML parts").isEmpty();
            assertThat(text(mail)).contains(typed.get("message"));
        }
        assertThat(MAIL.getReceivedMessagesForDomain("evil.example")).isEmpty();
    }

    @Test
    void rateCardAndQuoteTextIsShownAsTypedOnTheDeskTheFormAndInTheQuoteMail() throws Exception {
        Map<String, String> typed = typed("product", "description", "notes");
        Session admin = admin();
        var created = product(admin, typed.get("product"), typed.get("description"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String email = Fixtures.unique("quote") + "@iton.test";
        request(http, Map.of("email", email));
        long lead = jdbc.sql("SELECT id FROM ad_lead WHERE email = :email").param("email", email).query(Long.class).single();
        Session desk = login(user(Role.SALES));
        String product = Jsoup.parse(desk.get("/newsroom/leads/" + lead + "/quotes/new").body()).select("option").stream()
                .filter(o -> o.text().contains(typed.get("product").strip())).findFirst().orElseThrow().attr("value");
        Map<String, String> quote = new LinkedHashMap<>(Map.of("product", product, "quantity", "2",
                "discount", "0", "price", "100", "validUntil", LocalDate.now().plusDays(30).toString(),
                "notes", typed.get("notes")));
        var answer = desk.post("/newsroom/leads/" + lead + "/quotes", quote);
        assertThat(answer.statusCode()).as(answer.body()).isLessThan(400);
        String quotePath = path(answer).replaceAll("\\?.*", "");

        List<String> wrong = new ArrayList<>();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/advertise", http.get("/advertise").body());
        pages.put("/newsroom/rate-card", admin.get("/newsroom/rate-card").body());
        pages.put(quotePath, desk.get(quotePath).body());
        pages.forEach((path, html) -> Neutralized.problems(html).forEach(p -> wrong.add(path + ": " + p)));
        expect(wrong, pages, "/advertise", typed.get("product"));
        expect(wrong, pages, "/newsroom/rate-card", typed.get("product"));
        expect(wrong, pages, quotePath, typed.get("product"));
        expect(wrong, pages, quotePath, typed.get("notes"));
        assertThat(wrong).isEmpty();

        assertThat(desk.post(quotePath + "/send", Map.of()).statusCode()).isLessThan(400);
        MimeMessage mail = mailsTo(email, "", 2).stream()
                .filter(m -> attachments(m) > 0).findFirst().orElseThrow();
        assertThat(htmlParts(mail)).isEmpty();
        assertThat(mail.getAllRecipients()).hasSize(1);
    }

    /** A rate-card product, active, as the administrator adds it. */
    static HttpResponse<String> product(Session admin, String name, String description) {
        return admin.post("/newsroom/rate-card", Map.of("name", name, "description", description, "unit", "DAY",
                "price", "500", "vat", "18", "active", "on", "displayOrder", "95"));
    }

    private static Map<String, String> typed(String... fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : fields) {
            typed.put(field, Payloads.labelled(field));
        }
        return typed;
    }

    /** Sends the public form as a person would, from an address of its own, after the least fill time. */
    static HttpResponse<String> request(Http http, Map<String, String> fields) throws InterruptedException {
        Session visitor = Session.anonymous(http);
        var form = Jsoup.parse(visitor.get("/advertise").body()).selectFirst("form[action=/advertise]");
        Map<String, String> all = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> all.put(i.attr("name"), i.attr("value")));
        all.putAll(Map.of("name", "דנה", "company", "חברה " + Fixtures.unique(""), "phone", "050-7654321",
                "budget", "FROM_5000_TO_20000", "message", "נשמח להצעה", "consent", "true"));
        all.put("products", form.selectFirst("input[name=products]").attr("value"));
        all.putAll(fields);
        Thread.sleep(1100);
        return visitor.post("/advertise", all);
    }

    /** The mails to this address whose subject contains the text, once at least {@code count} arrived. */
    private static List<MimeMessage> mailsTo(String to, String subject, int count) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        List<MimeMessage> found = List.of();
        while (System.currentTimeMillis() < until) {
            found = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> addressedTo(m, to))
                    .filter(m -> subjectOf(m).contains(subject.strip())).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " mails to " + to + ", got " + found.size());
    }

    private static boolean addressedTo(MimeMessage m, String to) {
        try {
            return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> to.equals(a.toString()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BodyPart> parts(MimeMessage mail) throws MessagingException, IOException {
        List<BodyPart> parts = new ArrayList<>();
        if (mail.getContent() instanceof Multipart multipart) {
            collect(multipart, parts);
        }
        return parts;
    }

    private static void collect(Multipart multipart, List<BodyPart> into) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                collect(inner, into);
            } else {
                into.add(part);
            }
        }
    }

    private static List<BodyPart> htmlParts(MimeMessage mail) throws Exception {
        if (mail.isMimeType("text/html")) {
            return List.of(new jakarta.mail.internet.MimeBodyPart());
        }
        return parts(mail).stream().filter(p -> isType(p, "text/html")).toList();
    }

    private static long attachments(MimeMessage mail) {
        try {
            return parts(mail).stream().filter(p -> isType(p, "application/pdf")).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isType(BodyPart part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        if (mail.isMimeType("text/plain")) {
            return (String) mail.getContent();
        }
        return parts(mail).stream().filter(p -> isType(p, "text/plain")).map(p -> {
            try {
                return (String) p.getContent();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining("\n"));
    }

    private static void expect(List<String> wrong, Map<String, String> pages, String path, String typed) {
        if (!Neutralized.shows(pages.get(path), typed)) {
            wrong.add(path + " does not show as typed: " + typed);
        }
    }
}
