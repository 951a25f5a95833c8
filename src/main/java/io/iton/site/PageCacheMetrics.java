package io.iton.site;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The page cache's statistics for Prometheus: {@code cache_gets_total{cache="pages",result="hit"}}
 * and {@code result="miss"} give the hit ratio, beside evictions and the number of kept pages.
 */
@Component
class PageCacheMetrics implements MeterBinder {

    private final PageCache cache;

    PageCacheMetrics(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        cache.bindTo(registry);
    }
}
