package io.iton.advert;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a quote, with the product's name, unit, price and VAT rate copied at quote time.
 * Its net amount is rounded to whole agorot once, here, per line (HALF_UP): unit price ×
 * quantity × (1 − discount). VAT is added on the quote's subtotal ({@link QuoteTotals}), not per
 * line, as on an Israeli tax invoice.
 */
public record QuoteLine(Long productId, String productName, Product.Unit unit, long unitPriceAgorot, int quantity,
                        int discountBasisPoints, int vatBasisPoints) {

    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(BasisPoints.HUNDRED_PERCENT);

    public QuoteLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("a quote line needs a quantity of at least 1: " + quantity);
        }
        if (unitPriceAgorot < 0) {
            throw new IllegalArgumentException("a negative price: " + unitPriceAgorot);
        }
        if (discountBasisPoints < 0 || discountBasisPoints > BasisPoints.HUNDRED_PERCENT) {
            throw new IllegalArgumentException("a discount outside 0–100%: " + discountBasisPoints);
        }
        if (vatBasisPoints < 0 || vatBasisPoints > BasisPoints.HUNDRED_PERCENT) {
            throw new IllegalArgumentException("a VAT rate outside 0–100%: " + vatBasisPoints);
        }
    }

    /** Price × quantity, before the discount. */
    public long grossAgorot() {
        return Math.multiplyExact(unitPriceAgorot, (long) quantity);
    }

    /** After the discount, rounded half up to whole agorot: this line's part of the subtotal. */
    public long netAgorot() {
        BigDecimal kept = BigDecimal.valueOf(BasisPoints.HUNDRED_PERCENT - discountBasisPoints);
        return BigDecimal.valueOf(grossAgorot()).multiply(kept)
                .divide(HUNDRED_PERCENT, 0, RoundingMode.HALF_UP).longValueExact();
    }

    public long discountAgorot() {
        return grossAgorot() - netAgorot();
    }

    public String discountText() {
        return BasisPoints.format(discountBasisPoints);
    }

    public String vatText() {
        return BasisPoints.format(vatBasisPoints);
    }
}
