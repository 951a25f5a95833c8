package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.iton.shared.Localizer;

/**
 * The quote PDF read back with PDFBox: the Hebrew comes out in logical (reading) order, product
 * names and amounts where they belong, and the fonts are embedded.
 */
class QuotePdfTest {

    private static QuotePdf pdf() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages-quotes");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new QuotePdf(TemplateEngine.createPrecompiled(ContentType.Html), new Localizer(messages));
    }

    private static Quote quote() {
        List<QuoteLine> lines = List.of(
                new QuoteLine(1L, "כתבה ממומנת", Product.Unit.ARTICLE, 9_999, 3, 750, 1800),
                new QuoteLine(3L, "באנר בעמוד הבית", Product.Unit.WEEK, 250_000, 2, 0, 1800));
        return new Quote(7, "2026-0042", 11, QuoteStatus.DRAFT, "דנה כהן", "קפה גולן בע\"מ", "dana@example.com",
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 29), "כולל עיצוב הבאנר.", lines,
                QuoteTotals.of(lines), Instant.parse("2026-11-29T10:00:00Z"), null);
    }

    /** The extracted line that holds this text: a table row comes out as one line. */
    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(() -> new AssertionError(
                "no line with " + containing + " in:\n" + text));
    }

    @Test
    void theHebrewReadsInLogicalOrderWithAmountsAndNumber() throws IOException {
        byte[] bytes = pdf().render(new QuoteSheet(quote(), "עיתון"));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("הצעת מחיר", "2026-0042", "כתבה ממומנת", "באנר בעמוד הבית", "דנה כהן",
                    "קפה גולן בע\"מ", "dana@example.com", "כולל עיצוב הבאנר.", "סה\"כ לתשלום", "בתוקף עד",
                    "29/12/2026");
            assertThat(text).doesNotContain("ריחמ", "תעצה", "תנמוממ");  // no Hebrew word came out reversed
            // 3 × 99.99 less 7.5% = 277.47; 2 × 2,500 = 5,000; subtotal 5,277.47; VAT 18% 949.94; total 6,227.41
            assertThat(line(text, "כתבה ממומנת")).contains("לכתבה", "7.5%").containsPattern("99\\.99 ?₪")
                    .containsPattern("277\\.47 ?₪");
            assertThat(line(text, "באנר בעמוד הבית")).contains("לשבוע").containsPattern("2,500\\.00 ?₪")
                    .containsPattern("5,000\\.00 ?₪");
            assertThat(line(text, "סכום לפני מע\"מ")).containsPattern("5,277\\.47 ?₪");
            assertThat(line(text, "949.94")).contains("מע\"מ", "18%").containsPattern("949\\.94 ?₪");
            assertThat(line(text, "סה\"כ לתשלום")).containsPattern("6,227\\.41 ?₪");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }
}
