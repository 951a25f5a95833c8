package io.iton.advert;

/** A product as the rate card stores it, after {@link ProductFields} read what was typed. */
record ProductForm(String name, String description, Product.Unit unit, Long priceAgorot, int vatBasisPoints,
                   boolean active, int displayOrder) {
}
