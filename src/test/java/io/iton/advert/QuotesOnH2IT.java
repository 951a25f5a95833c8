package io.iton.advert;

/** Quotes on the embedded default, H2 in file mode. */
class QuotesOnH2IT extends QuotesContract {
}
