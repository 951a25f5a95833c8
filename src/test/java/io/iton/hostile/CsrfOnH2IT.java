package io.iton.hostile;

/** CSRF on every state-changing form, on H2. */
class CsrfOnH2IT extends CsrfContract {
}
