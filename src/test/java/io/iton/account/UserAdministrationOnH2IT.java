package io.iton.account;

/** The user administration contract on the embedded default, H2 in file mode. */
class UserAdministrationOnH2IT extends UserAdministrationContract {
}
