package io.iton.api;

/** The API contract on the embedded default, H2 in file mode. */
class ApiOnH2IT extends ApiContract {
}
