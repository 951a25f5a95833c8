package io.iton.feed;

/** Feeds on the embedded default, H2 in file mode. */
class FeedOnH2IT extends FeedContract {
}
