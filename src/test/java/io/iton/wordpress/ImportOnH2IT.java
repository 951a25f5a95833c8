package io.iton.wordpress;

/** The WordPress import on the embedded default, H2 in file mode. */
class ImportOnH2IT extends ImportContract {
}
