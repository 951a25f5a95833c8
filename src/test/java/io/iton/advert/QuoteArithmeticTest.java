package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Quote arithmetic: each line's net amount is rounded half up to whole agorot, VAT is computed
 * on the subtotal (per VAT rate) and rounded half up once, the total is their sum.
 */
class QuoteArithmeticTest {

    @ParameterizedTest(name = "{0} × {1} less {2} → {3}; VAT {4} → {5}; total {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # price | qty | discount | net     | vat rate | vat    | total
            99.99   | 3   | 7.5      | 277.47  | 18       | 49.94  | 327.41
            99.99   | 3   | 0        | 299.97  | 18       | 53.99  | 353.96
            99.99   | 3   | 100      | 0.00    | 18       | 0.00   | 0.00
            0.01    | 1   | 50       | 0.01    | 18       | 0.00   | 0.01
            0.03    | 1   | 50       | 0.02    | 18       | 0.00   | 0.02
            0.25    | 1   | 0        | 0.25    | 18       | 0.05   | 0.30
            0.75    | 1   | 0        | 0.75    | 18       | 0.14   | 0.89
            2.50    | 1   | 0        | 2.50    | 17.5     | 0.44   | 2.94
            0.45    | 1   | 0        | 0.45    | 10       | 0.05   | 0.50
            3500    | 2   | 10       | 6300.00 | 18       | 1134.00| 7434.00
            1234.56 | 7   | 12.34    | 7575.51 | 18       | 1363.59| 8939.10
            19.99   | 1   | 0.05     | 19.98   | 0        | 0.00   | 19.98
            """)
    void oneLineRoundsHalfUpPerLineThenOnTheVat(String price, int quantity, String discount, String net, String vatRate,
                                                String vat, String total) {
        QuoteLine line = new QuoteLine(1L, "כתבה ממומנת", Product.Unit.ARTICLE, Shekels.parse(price), quantity,
                BasisPoints.parse(discount), BasisPoints.parse(vatRate));
        QuoteTotals totals = QuoteTotals.of(List.of(line));
        assertThat(line.netAgorot()).as("net").isEqualTo(Shekels.parse(net));
        assertThat(totals.subtotalAgorot()).isEqualTo(Shekels.parse(net));
        assertThat(totals.vatAgorot()).as("vat").isEqualTo(Shekels.parse(vat));
        assertThat(totals.totalAgorot()).as("total").isEqualTo(Shekels.parse(total));
    }

    @Test
    void vatIsRoundedOnceOnTheSubtotalNotPerLine() {
        // Each line's VAT would be 0.045 → 0.05, three times 0.15; on the subtotal 0.75 it is 0.135 → 0.14.
        QuoteLine quarter = new QuoteLine(1L, "משבצת", Product.Unit.SLOT, 25, 1, 0, 1800);
        QuoteTotals totals = QuoteTotals.of(List.of(quarter, quarter, quarter));
        assertThat(totals).isEqualTo(new QuoteTotals(75, 14, 89));
    }

    @Test
    void eachVatRateIsAddedUpAndRoundedOnItsOwn() {
        QuoteLine taxed = new QuoteLine(1L, "באנר", Product.Unit.WEEK, 250, 1, 0, 1800);       // 0.45
        QuoteLine exempt = new QuoteLine(2L, "ייצוא", Product.Unit.DAY, 1_000, 1, 0, 0);        // 0
        QuoteLine reduced = new QuoteLine(3L, "מיוחד", Product.Unit.MONTH, 15, 1, 0, 1750);     // 0.02625 → 0.03
        assertThat(QuoteTotals.of(List.of(taxed, exempt, reduced))).isEqualTo(new QuoteTotals(1_265, 48, 1_313));
    }

    @Test
    void aLineKnowsItsGrossAndItsDiscount() {
        QuoteLine line = new QuoteLine(1L, "כתבה", Product.Unit.ARTICLE, 9_999, 3, 750, 1800);
        assertThat(line.grossAgorot()).isEqualTo(29_997);
        assertThat(line.netAgorot()).isEqualTo(27_747);
        assertThat(line.discountAgorot()).isEqualTo(2_250);
        assertThat(line.discountText()).isEqualTo("7.5");
    }

    @Test
    void impossibleLinesAreRefused() {
        assertThatThrownBy(() -> new QuoteLine(1L, "x", Product.Unit.DAY, 100, 0, 0, 1800))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteLine(1L, "x", Product.Unit.DAY, -1, 1, 0, 1800))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteLine(1L, "x", Product.Unit.DAY, 100, 1, 10_001, 1800))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3500        | 350000
            3,500.5     | 350050
            '1,234.56 ₪'| 123456
            0           | 0
            0.1         | 10
            """)
    void typedShekelsAreReadExactly(String typed, long agorot) {
        assertThat(Shekels.parse(typed)).isEqualTo(agorot);
    }

    @Test
    void badAmountsAndPercentagesAreRefused() {
        for (String bad : List.of("", "-5", "1.005", "abc", "1e3", "12.3.4", "99999999999999")) {
            assertThatThrownBy(() -> Shekels.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
        for (String bad : List.of("", "-1", "100.01", "101", "7.555", "x")) {
            assertThatThrownBy(() -> BasisPoints.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
        assertThat(BasisPoints.parse("100")).isEqualTo(10_000);
        assertThat(Shekels.format(123_456_789)).isEqualTo("1,234,567.89 ₪");
    }
}
