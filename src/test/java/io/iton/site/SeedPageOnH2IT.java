package io.iton.site;

/** The seed page on the embedded default, H2 in file mode. */
class SeedPageOnH2IT extends SeedPageContract {
}
