package io.iton.wordpress;

/** Broken exports on H2. */
class BadInputOnH2IT extends BadInputContract {
}
