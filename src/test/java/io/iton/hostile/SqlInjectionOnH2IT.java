package io.iton.hostile;

/** SQL injection in every endpoint, on H2. */
class SqlInjectionOnH2IT extends SqlInjectionContract {
}
