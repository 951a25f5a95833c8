package io.iton.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code iton.search.*}).
 *
 * @param indexDir           where indexes live, one folder per database they are built from;
 *                           {@code <data-dir>/search} by default
 * @param recencyWeight      score points a brand-new article gains over an old one (0 turns it off);
 *                           matches score roughly 5 to 40, so the default orders near-equal ones
 * @param recencyHalfLifeDays the age at which an article has half the recency gain
 * @param maxQueryTerms      words of a query that count; the rest of a pasted essay is ignored
 * @param concurrency        searches that run at once, the rest waiting in line ({@link SearchTurns});
 *                           0 means two per CPU
 * @param queueTimeout       how long a search waits for its turn before the reader is told to try again
 */
@ConfigurationProperties("iton.search")
record SearchProperties(
        Path indexDir,
        @DefaultValue("1.0") double recencyWeight,
        @DefaultValue("30") double recencyHalfLifeDays,
        @DefaultValue("12") int maxQueryTerms,
        @DefaultValue("0") int concurrency,
        @DefaultValue("3s") Duration queueTimeout) {
}
