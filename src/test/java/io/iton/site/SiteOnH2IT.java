package io.iton.site;

/** The site contract on the embedded default, H2 in file mode. */
class SiteOnH2IT extends SiteContract {
}
