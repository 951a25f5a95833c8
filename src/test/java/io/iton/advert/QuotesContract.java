package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.iton.account.Role;
import io.iton.support.Fixtures;
import jakarta.mail.internet.MimeMessage;

/**
 * The sales desk turning a lead into a quote: the form from the rate card with Hebrew messages
 * beside refused fields, the quote page, its PDF, the mail with the PDF received by an in-process
 * SMTP server, the lead moved to QUOTE_SENT; prices copied at quote time; every other role refused.
 */
abstract class QuotesContract extends AdvertTestBase {

    @Autowired
    Leads leads;

    @Autowired
    Quotes quotes;

    long lead(String name, String company, String email, String status) {
        return QuoteFixtures.lead(jdbc, name, company, email, status);
    }

    static List<Map.Entry<String, String>> lines(String validUntil, String... rows) {
        return QuoteFixtures.lines(validUntil, rows);
    }

    private HttpResponse<String> postQuote(DeskClient desk, long lead, List<Map.Entry<String, String>> fields) {
        String page = "/newsroom/leads/" + lead + "/quotes/new";
        List<Map.Entry<String, String>> all = new ArrayList<>(desk.formOn(page, "/newsroom/leads/" + lead + "/quotes")
                .entrySet());
        all.addAll(fields);
        return desk.post("/newsroom/leads/" + lead + "/quotes", all);
    }

    private static long quoteId(HttpResponse<String> created) {
        String location = location(created);
        assertThat(location).contains("/newsroom/quotes/");
        return Long.parseLong(location.replaceAll(".*/newsroom/quotes/(\\d+).*", "$1"));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theSalesDeskMailsAQuoteWithItsPdfAndTheLeadIsQuoteSent() throws Exception {
        String email = Fixtures.unique("dana") + "@example.com";
        long lead = lead("דנה <i>כהן</i>", "קפה גולן", email, "NEW");
        DeskClient desk = loggedIn(user(Role.SALES));
        String validUntil = quotes.today().plusDays(20).toString();

        Document form = page(desk.get("/newsroom/leads/" + lead + "/quotes/new"));
        assertThat(form.select("h1").text()).isEqualTo("הצעת מחיר חדשה");
        assertThat(form.select("#quote-valid-until").val()).isEqualTo(quotes.today().plusDays(30).toString());
        assertThat(form.select("#line0-product option").eachText()).anyMatch(o -> o.startsWith("כתבה ממומנת"));

        HttpResponse<String> created = postQuote(desk, lead, lines(validUntil, "1|3|7.5|99.99", "3|2|0|", "|1|0|"));
        assertThat(created.statusCode()).isEqualTo(303);
        long id = quoteId(created);
        Document shown = page(desk.get("/newsroom/quotes/" + id + "?done=created"));
        Quote quote = quotes.find(id).orElseThrow();
        assertThat(quote.number()).matches(quotes.today().getYear() + "-\\d{4}");
        assertThat(shown.select("h1").text()).isEqualTo("הצעת מחיר " + quote.number());
        // 3 × 99.99 less 7.5% = 277.47; 2 × 2,500 = 5,000; VAT 18% of 5,277.47 = 949.94; total 6,227.41
        assertThat(shown.select(".quote-total").text()).contains("6,227.41 ₪");
        assertThat(shown.select(".quote-facts").text()).contains("דנה <i>כהן</i>");
        assertThat(shown.select(".quote-notes").text()).contains("כולל <b>עיצוב</b>");
        assertThat(shown.select(".quote-status").text()).contains("טיוטה");

        HttpResponse<byte[]> pdf = desk.getBytes("/newsroom/quotes/" + id + "/pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdfText(pdf.body())).contains("הצעת מחיר", quote.number(), "כתבה ממומנת", "6,227.41");

        HttpResponse<String> sent = desk.submit("/newsroom/quotes/" + id, "/newsroom/quotes/" + id + "/send", Map.of());
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(quotes.find(id).orElseThrow().status()).isEqualTo(QuoteStatus.SENT);
        assertThat(leads.find(lead).orElseThrow().status()).isEqualTo(LeadStatus.QUOTE_SENT);
        assertThat(leads.history(lead)).anyMatch(e -> e.toString().contains(quote.number()));

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessagesForDomain(email)[0];
        assertThat(mail.getSubject()).isEqualTo("הצעת מחיר " + quote.number() + " מעיתון");
        MailParts parts = MailParts.of(mail);
        assertThat(parts.text()).contains("שלום דנה <i>כהן</i>,", quote.number(), "6,227.41 ₪");
        assertThat(parts.files).hasSize(1);
        MailParts.File attached = parts.files.getFirst();
        assertThat(attached.name()).isEqualTo("quote-" + quote.number() + ".pdf");
        assertThat(attached.contentType()).startsWith("application/pdf");
        assertThat(pdfText(attached.bytes())).contains("הצעת מחיר", quote.number(), "באנר בעמוד הבית");
    }

    @Test
    void refusedLinesComeBackWithAHebrewMessageBesideEachFieldAndNothingIsNumbered() {
        long lead = lead("יוסי", "", Fixtures.unique("yossi") + "@example.com", "CONTACTED");
        jdbc.sql("""
                INSERT INTO advert_product (name, unit, price_agorot, vat_basis_points, active, display_order)
                VALUES ('פרויקט לפי בקשה', 'MONTH', NULL, 1800, TRUE, 99)""").update();
        long onRequest = jdbc.sql("SELECT MAX(id) FROM advert_product").query(Long.class).single();
        DeskClient desk = loggedIn(user(Role.SALES));
        int before = quotes.forLead(lead).size();

        HttpResponse<String> refused = postQuote(desk, lead, lines(quotes.today().minusDays(1).toString(),
                onRequest + "|1|0|", "1|0|0|", "2|1|101|", "3|1|0|-4", "999999|1|0|"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = page(refused);
        assertThat(page.select("#line0-price-error").text()).isEqualTo("המחיר של מוצר זה \"לפי בקשה\": יש להקליד מחיר ליחידה.");
        assertThat(page.select("#line1-quantity-error").text()).startsWith("הכמות צריכה להיות מספר שלם");
        assertThat(page.select("#line2-discount-error").text()).startsWith("ההנחה צריכה להיות אחוז");
        assertThat(page.select("#line3-price-error").text()).startsWith("המחיר צריך להיות סכום");
        assertThat(page.select("#line4-product-error").text()).isEqualTo("יש לבחור מוצר מהמחירון.");
        assertThat(page.select("#quote-valid-until-error").text()).startsWith("תאריך התוקף צריך להיות");
        assertThat(page.select("#line3-price").val()).isEqualTo("-4");
        assertThat(page.select("#line2-discount").val()).isEqualTo("101");
        assertThat(quotes.forLead(lead)).hasSize(before);

        HttpResponse<String> none = postQuote(desk, lead, lines(quotes.today().toString(), "|1|0|"));
        assertThat(page(none).select("#lines-error").text()).isEqualTo("יש לבחור לפחות מוצר אחד.");

        HttpResponse<String> typed = postQuote(desk, lead, lines(quotes.today().toString(), onRequest + "|2|0|1,500"));
        assertThat(typed.statusCode()).isEqualTo(303);
        Quote quote = quotes.find(quoteId(typed)).orElseThrow();
        assertThat(quote.totals()).isEqualTo(new QuoteTotals(300_000, 54_000, 354_000));
    }

    @Test
    void aRateChangeLaterLeavesTheQuoteAsItWas() {
        long lead = lead("מיכל", "סטודיו", Fixtures.unique("michal") + "@example.com", "NEW");
        jdbc.sql("""
                INSERT INTO advert_product (name, unit, price_agorot, vat_basis_points, active, display_order)
                VALUES ('משבצת בוקר', 'SLOT', 40000, 1800, TRUE, 98)""").update();
        long product = jdbc.sql("SELECT MAX(id) FROM advert_product").query(Long.class).single();
        DeskClient desk = loggedIn(user(Role.SALES));
        long id = quoteId(postQuote(desk, lead, lines(quotes.today().toString(), product + "|1|0|")));

        jdbc.sql("UPDATE advert_product SET price_agorot = 90000, name = 'שונה' WHERE id = :id").param("id", product)
                .update();
        Quote quote = quotes.find(id).orElseThrow();
        assertThat(quote.lines().getFirst().unitPriceAgorot()).isEqualTo(40_000);
        assertThat(quote.lines().getFirst().productName()).isEqualTo("משבצת בוקר");
        assertThat(page(desk.get("/newsroom/quotes/" + id)).select(".quote-lines tbody").text())
                .contains("משבצת בוקר", "400.00 ₪").doesNotContain("900.00");
    }

    @Test
    void aWonLeadTakesNoQuoteMailAndTheQuoteStaysADraft() throws Exception {
        String email = Fixtures.unique("won") + "@example.com";
        long lead = lead("רון", "", email, "NEW");
        DeskClient desk = loggedIn(user(Role.SALES));
        long id = quoteId(postQuote(desk, lead, lines(quotes.today().toString(), "1|1|0|")));
        jdbc.sql("UPDATE ad_lead SET status = 'WON' WHERE id = :id").param("id", lead).update();

        HttpResponse<String> refused = desk.submit("/newsroom/quotes/" + id, "/newsroom/quotes/" + id + "/send", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(page(refused).select("[role=alert]").text()).startsWith("אי אפשר לשלוח הצעת מחיר");
        assertThat(quotes.find(id).orElseThrow().status()).isEqualTo(QuoteStatus.DRAFT);
        sender.sendDue();
        assertThat(MAIL.getReceivedMessagesForDomain(email)).isEmpty();
    }

    @Test
    void everyoneButTheSalesDeskAndAdministratorsIsRefused() {
        long lead = lead("אורי", "", Fixtures.unique("uri") + "@example.com", "NEW");
        DeskClient sales = loggedIn(user(Role.SALES));
        long id = quoteId(postQuote(sales, lead, lines(quotes.today().toString(), "1|1|0|")));
        int before = quotes.forLead(lead).size();
        for (Role role : List.of(Role.EDITOR, Role.WRITER)) {
            DeskClient other = loggedIn(user(role));
            for (String path : List.of("/newsroom/leads/" + lead + "/quotes/new", "/newsroom/quotes/" + id,
                    "/newsroom/quotes/" + id + "/pdf")) {
                assertThat(other.get(path).statusCode()).as(role + " " + path).isEqualTo(403);
            }
            String token = other.formOn("/newsroom/account", "none").getOrDefault("_csrf", "");
            assertThat(other.post("/newsroom/leads/" + lead + "/quotes", Map.of("_csrf", token, "product", "1",
                    "quantity", "1", "discount", "0", "price", "", "validUntil", quotes.today().toString()))
                    .statusCode()).as(role.name()).isEqualTo(403);
            assertThat(other.post("/newsroom/quotes/" + id + "/send", Map.of("_csrf", token)).statusCode())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(quotes.forLead(lead)).hasSize(before);
        assertThat(quotes.find(id).orElseThrow().status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(client().get("/newsroom/quotes/" + id).statusCode()).isEqualTo(302);
        DeskClient admin = client();
        admin.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.get("/newsroom/quotes/" + id).statusCode()).isEqualTo(200);
    }
}
