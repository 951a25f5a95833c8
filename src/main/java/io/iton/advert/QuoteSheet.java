package io.iton.advert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What the printed quote shows, for the newsroom page and the PDF alike: the quote, the paper's
 * name, and its dates and amounts written as people read them.
 */
public record QuoteSheet(Quote quote, String siteName) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    public String date(LocalDate date) {
        return date.format(DATE);
    }

    public String money(long agorot) {
        return Shekels.format(agorot);
    }

    public String quantity(QuoteLine line) {
        return Integer.toString(line.quantity());
    }

    /** The VAT rate to name beside the VAT amount: the one rate of every line, or {@code null} when they differ. */
    public String vatRate() {
        var rates = quote.lines().stream().map(QuoteLine::vatText).distinct().toList();
        return rates.size() == 1 ? rates.getFirst() : null;
    }
}
