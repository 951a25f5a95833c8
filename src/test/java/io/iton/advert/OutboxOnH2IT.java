package io.iton.advert;

/** The outbox contract on the embedded default, H2 in file mode. */
class OutboxOnH2IT extends OutboxContract {
}
