package io.iton.site;

/** The CDN purge webhook on the embedded default, H2 in file mode. */
class CdnPurgeOnH2IT extends CdnPurgeContract {
}
