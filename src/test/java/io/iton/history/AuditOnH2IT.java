package io.iton.history;

/** The audit contract on the embedded default, H2 in file mode. */
class AuditOnH2IT extends AuditContract {
}
