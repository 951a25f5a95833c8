package io.iton.site;

/** Sponsored content labelling on the embedded default. */
class SponsoredContentOnH2IT extends SponsoredContentContract {
}
