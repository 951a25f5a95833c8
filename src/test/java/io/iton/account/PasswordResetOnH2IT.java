package io.iton.account;

/** The password-reset contract on the embedded default, H2 in file mode. */
class PasswordResetOnH2IT extends PasswordResetContract {
}
