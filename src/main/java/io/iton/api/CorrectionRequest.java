package io.iton.api;

/** A public correction note to add to a published article: plain text. */
record CorrectionRequest(String text) {
}
