package io.iton.feed;

/** Sitemaps on the embedded default, H2 in file mode. */
class SitemapOnH2IT extends SitemapContract {
}
