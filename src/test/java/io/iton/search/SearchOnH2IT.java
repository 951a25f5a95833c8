package io.iton.search;

/** Search on the embedded default, H2 in file mode. */
class SearchOnH2IT extends SearchContract {
}
