/**
 * Search: the embedded Lucene index of articles under the data folder (derived data, rebuilt from
 * the database at will), kept current by article events and repaired on start, and the queries
 * that rank exact words above prefix-stripped ones above spelling variants. The Hebrew analysis
 * chain lives in {@code search.analysis}.
 */
package io.iton.search;
