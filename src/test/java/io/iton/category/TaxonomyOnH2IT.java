package io.iton.category;

/** Category and tag management on the embedded default, H2 in file mode. */
class TaxonomyOnH2IT extends TaxonomyContract {
}
