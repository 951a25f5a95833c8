package io.iton.advert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quote's subtotal (the lines' rounded net amounts added up), VAT and total, in agorot. VAT is
 * computed once per VAT rate on the sum of the lines at that rate and rounded half up to whole
 * agorot there (with one rate, as usual, that is once on the subtotal); the total is the
 * subtotal plus the VAT. Example: 3 × 99.99 ₪ less 7.5% is 277.47225, so 277.47 ₪; 18% VAT on it
 * is 49.9446, so 49.94 ₪; total 327.41 ₪.
 */
public record QuoteTotals(long subtotalAgorot, long vatAgorot, long totalAgorot) {

    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(BasisPoints.HUNDRED_PERCENT);

    public static QuoteTotals of(List<QuoteLine> lines) {
        Map<Integer, Long> netByRate = new TreeMap<>();
        long subtotal = 0;
        for (QuoteLine line : lines) {
            long net = line.netAgorot();
            subtotal = Math.addExact(subtotal, net);
            netByRate.merge(line.vatBasisPoints(), net, Math::addExact);
        }
        long vat = 0;
        for (Map.Entry<Integer, Long> rate : netByRate.entrySet()) {
            vat = Math.addExact(vat, BigDecimal.valueOf(rate.getValue()).multiply(BigDecimal.valueOf(rate.getKey()))
                    .divide(HUNDRED_PERCENT, 0, RoundingMode.HALF_UP).longValueExact());
        }
        return new QuoteTotals(subtotal, vat, Math.addExact(subtotal, vat));
    }
}
