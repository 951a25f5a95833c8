package io.iton.advert;

/** The rate card on the embedded default, H2 in file mode. */
class RateCardOnH2IT extends RateCardContract {
}
