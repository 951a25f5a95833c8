package io.iton.hostile;

/** Stored XSS and header injection through the advertising desk, on H2. */
class AdvertXssOnH2IT extends AdvertXssContract {
}
