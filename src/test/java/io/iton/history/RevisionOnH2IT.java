package io.iton.history;

/** The revision contract on the embedded default, H2 in file mode. */
class RevisionOnH2IT extends RevisionContract {
}
