package io.iton.advert;

import java.math.BigDecimal;

/**
 * Percentages held exactly as whole basis points (1/100 of a percent): VAT {@code 18} is 1800,
 * a discount of {@code 7.5} is 750. Typed with at most two decimals, between 0 and 100.
 */
final class BasisPoints {

    static final int HUNDRED_PERCENT = 10_000;

    private BasisPoints() {
    }

    /** {@code 750} → {@code 7.5}; {@code 1800} → {@code 18}. */
    static String format(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code "7.5"} or {@code "7.5%"} → 750.
     *
     * @throws NumberFormatException for anything else, or outside 0–100
     */
    static int parse(String typed) {
        String s = typed.replace("%", "").replace(" ", "").strip();
        if (!s.matches("\\d{1,3}(\\.\\d{0,2})?")) {
            throw new NumberFormatException("not a percentage: " + typed);
        }
        int points = new BigDecimal(s).movePointRight(2).intValueExact();
        if (points > HUNDRED_PERCENT) {
            throw new NumberFormatException("over 100%: " + typed);
        }
        return points;
    }
}
