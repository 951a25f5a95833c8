package io.iton.advert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.iton.shared.Localizer;

/**
 * A quote as a PDF: the same Hebrew sheet as the printable page, laid out by openhtmltopdf with
 * ICU's bidi algorithm (so Hebrew runs right to left and numbers inside it keep their order) and
 * Noto Sans Hebrew embedded, Noto Sans beside it for Latin letters, digits and ₪ (fonts and their
 * OFL licence in {@code resources/fonts}).
 */
@Component
class QuotePdf {

    private static final String[][] FONTS = {
            {"fonts/NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", "400"},
            {"fonts/NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", "700"},
            {"fonts/NotoSans-Regular.ttf", "Noto Sans", "400"},
            {"fonts/NotoSans-Bold.ttf", "Noto Sans", "700"}};

    private final TemplateEngine templates;
    private final Localizer t;

    QuotePdf(TemplateEngine templates, Localizer t) {
        this.templates = templates;
        this.t = t;
    }

    byte[] render(QuoteSheet sheet) {
        StringOutput html = new StringOutput();
        templates.render("advert/quotePdf.jte", Map.of("t", t, "sheet", sheet), html);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
            for (String[] font : FONTS) {
                builder.useFont(() -> open(font[0]), font[1], Integer.valueOf(font[2]),
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html.toString())), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static InputStream open(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
