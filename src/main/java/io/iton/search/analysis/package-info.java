/**
 * Iton's own Hebrew analysis chain for Lucene, laid out like Lucene's language packages: a pure
 * {@link io.iton.search.analysis.HebrewNormalizer}, one filter per rule, and
 * {@link io.iton.search.analysis.HebrewAnalyzer} wiring them for each kind of field.
 */
package io.iton.search.analysis;
