package io.iton.account;

/** The role × action table on the embedded default, H2. */
class RoleMatrixOnH2IT extends RoleMatrixContract {
}
