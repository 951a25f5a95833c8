package io.iton.account;

/** The first-run contract on the embedded default, H2 in file mode. */
class FirstRunOnH2IT extends FirstRunContract {
}
