package io.iton.hostile;

/** Stored XSS in every content field, on the embedded default, H2. */
class StoredXssOnH2IT extends StoredXssContract {
}
