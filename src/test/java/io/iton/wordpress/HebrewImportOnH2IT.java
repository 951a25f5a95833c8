package io.iton.wordpress;

/** The Hebrew import through the command, on H2. */
class HebrewImportOnH2IT extends HebrewImportContract {
}
