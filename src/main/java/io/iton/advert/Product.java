package io.iton.advert;

/**
 * One line of the rate card: what is sold, per which unit, for how much before VAT (agorot, or
 * {@code null} for "on request"), at which VAT rate (basis points: 1800 is 18%), whether it is
 * offered now, and where it stands in the list.
 */
public record Product(long id, String name, String description, Unit unit, Long priceAgorot, int vatBasisPoints,
                      boolean active, int displayOrder) {

    /** What one price buys; its Hebrew name is the message {@code advert.unit.<NAME>}. */
    public enum Unit {
        ARTICLE, WEEK, SLOT, DAY, MONTH;

        public String messageKey() {
            return "advert.unit." + name();
        }
    }

    /** No fixed price: the sales desk prices it per request ("לפי בקשה"). */
    public boolean onRequest() {
        return priceAgorot == null;
    }

    /** The price as people read it ({@code 3,500.00 ₪}), or {@code null} when it is on request. */
    public String priceText() {
        return priceAgorot == null ? null : Shekels.format(priceAgorot);
    }

    /** The VAT rate as people read it: {@code 18}, {@code 17.5}. */
    public String vatText() {
        return BasisPoints.format(vatBasisPoints);
    }
}
