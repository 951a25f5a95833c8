package io.iton.hostile;

/** Open redirects, on H2. */
class OpenRedirectOnH2IT extends OpenRedirectContract {
}
