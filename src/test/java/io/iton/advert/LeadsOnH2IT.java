package io.iton.advert;

/** The advertising desk contract on the embedded default, H2 in file mode. */
class LeadsOnH2IT extends LeadsContract {
}
