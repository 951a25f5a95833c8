package io.iton.site;

/** The page cache on the embedded default, H2 in file mode. */
class PageCacheOnH2IT extends PageCacheContract {
}
