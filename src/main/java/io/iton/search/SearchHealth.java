package io.iton.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code search} (the bean name less "HealthIndicator"), part of readiness: DOWN when the index is
 * closed (a disk failure) or has not caught up with the database (the start's repair not done, or
 * a change that could not be indexed and waits for the next try). A node in that state would
 * answer searches without some articles, so the load balancer should send them elsewhere.
 */
@Component("searchHealthIndicator")
class SearchHealth implements HealthIndicator {

    private final SearchIndex index;
    private final SearchIndexer indexer;

    SearchHealth(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @Override
    public Health health() {
        boolean open = index.isOpen();
        Health.Builder health = open && indexer.caughtUp() ? Health.up() : Health.down();
        return health
                .withDetail("open", open)
                .withDetail("caughtUp", indexer.caughtUp())
                .withDetail("behind", indexer.behind())
                .withDetail("rebuilding", indexer.isRebuilding())
                .build();
    }
}
