package io.iton.advert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money, held as whole agorot (1/100 ₪) in a {@code long}: written for people as
 * {@code 1,234.50 ₪}, read from what an administrator or the sales desk typed.
 */
public final class Shekels {

    /** Most a typed price may be: ₪ 100,000,000, far above any rate, far below overflow. */
    static final long MAX_AGOROT = 10_000_000_000L;

    private Shekels() {
    }

    /** {@code 123450} → {@code 1,234.50 ₪}; a negative amount keeps its sign before the digits. */
    public static String format(long agorot) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(agorot, 2)) + " ₪";
    }

    /** {@code 123450} → {@code 1234.50}: how a stored price is put back into a form field. */
    public static String plain(long agorot) {
        return BigDecimal.valueOf(agorot, 2).toPlainString();
    }

    /**
     * Agorot from typed text: digits with an optional {@code .} and at most two decimals, thousands
     * commas, spaces and a ₪ sign allowed ({@code 1,234.5 ₪} → 123450).
     *
     * @throws NumberFormatException for anything else, a negative amount, or more than {@link #MAX_AGOROT}
     */
    public static long parse(String typed) {
        String s = typed.replace("₪", "").replace(",", "").replace(" ", "").replace("\u00a0", "").strip();
        if (!s.matches("\\d{1,12}(\\.\\d{0,2})?")) {
            throw new NumberFormatException("not an amount of shekels: " + typed);
        }
        long agorot = new BigDecimal(s).setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        if (agorot > MAX_AGOROT) {
            throw new NumberFormatException("too large: " + typed);
        }
        return agorot;
    }
}
