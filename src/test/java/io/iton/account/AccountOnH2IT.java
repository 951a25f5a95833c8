package io.iton.account;

/** The account contract on the embedded default, H2 in file mode. */
class AccountOnH2IT extends AccountContract {
}
