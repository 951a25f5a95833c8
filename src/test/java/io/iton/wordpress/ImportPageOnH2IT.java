package io.iton.wordpress;

/** The newsroom import page on H2. */
class ImportPageOnH2IT extends ImportPageContract {
}
