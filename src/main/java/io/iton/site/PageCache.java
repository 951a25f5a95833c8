package io.iton.site;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import io.iton.shared.PageTags;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered public pages and feeds, kept in memory up to a byte budget, each with the tags of what
 * it shows ({@link PageTags}). A change drops exactly the pages tagged with what changed
 * ({@link PageCacheInvalidation}). A page rendered while something it shows changed is not kept:
 * it may hold what was there before.
 */
@Component
class PageCache {

    /** The tag of a page that noted nothing it shows: any change drops it. */
    static final String UNTRACKED = "untracked";
    /** How many recent invalidations are remembered to refuse a page rendered across one of them. */
    private static final int REMEMBERED = 1024;
    /** The fragments take this part of the byte budget (one eighth), the pages the rest. */
    private static final int FRAGMENT_SHARE = 8;

    private final Cache<String, CachedPage> pages;
    /** Tag → the pages showing it, by key; the page itself, so that a late eviction of an older copy unlists only that copy. */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, CachedPage>> keysByTag = new ConcurrentHashMap<>();
    /** Pieces of pages (the latest list, an article's related list), by key, each with the tags of what it shows. */
    private final Cache<String, Fragment> fragments;
    /** The fragment renderings under way, for the requests that need the same one meanwhile. */
    private final SharedRenderings<Object> fragmentsRendering = new SharedRenderings<>();
    private final ArrayDeque<Invalidation> recent = new ArrayDeque<>();
    private final Clock clock;
    private long generation;

    private record Invalidation(long generation, Set<String> tags) {
    }

    private record Fragment(Object value, Set<String> tags) {

        int weight() {
            return tags.size() * 64 + (value instanceof Weighed weighed ? weighed.weight() : 1024) + 100;
        }
    }

    /** A fragment that knows roughly what it takes in memory. */
    interface Weighed {
        int weight();
    }

    PageCache(CacheProperties properties, Clock clock) {
        this.clock = clock;
        long budget = properties.budget();
        long fragmentBytes = budget / FRAGMENT_SHARE;
        this.fragments = Caffeine.newBuilder()
                .maximumWeight(fragmentBytes)
                .weigher((String key, Fragment fragment) -> fragment.weight() + key.length() * 2)
                .build();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(budget - fragmentBytes)
                .weigher((String key, CachedPage page) -> page.weight() + key.length() * 2)
                .evictionListener((String key, CachedPage page, RemovalCause cause) -> unindex(key, page))
                .recordStats()
                .build();
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    /** Where invalidation stands now: hand it back to {@link #put} with the page rendered after it. */
    synchronized long generation() {
        return generation;
    }

    /**
     * Keeps a freshly rendered page, unless something it shows was invalidated since {@code since}
     * (the generation when its rendering began). Returns the page either way, to answer with.
     */
    CachedPage put(String key, CachedPage.Rendered rendered, Set<String> tags, long since) {
        Set<String> shown = tags.isEmpty() ? Set.of(UNTRACKED) : Set.copyOf(tags);
        CachedPage page = CachedPage.of(rendered, shown, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        synchronized (this) {
            if (!changedSince(since, shown)) {
                CachedPage previous = pages.asMap().get(key);  // the map view: not a second miss in the statistics
                if (previous != null) {
                    unindex(key, previous);
                }
                shown.forEach(tag -> keysByTag.computeIfAbsent(tag, t -> new ConcurrentHashMap<>()).put(key, page));
                pages.put(key, page);
            }
        }
        return page;
    }

    /** A fragment as rendered, with the tags of what it shows. */
    record Shown<T>(T value, Set<String> tags) {
    }

    /**
     * A piece of many pages, rendered once and kept until something it shows changes, under the
     * same rule as a page: one rendered while something it shows changed is used once, not kept.
     * After a publish drops the latest list, every article page asked for needs it at once: one
     * rendering serves them all ({@link SharedRenderings}), as for pages.
     */
    @SuppressWarnings("unchecked")
    <T> T fragment(String key, Supplier<Shown<T>> render) {
        Fragment kept = fragments.getIfPresent(key);
        if (kept != null) {
            return (T) kept.value();
        }
        // only as kept: one not kept may show what changed after this request came
        return (T) fragmentsRendering.render(key, shared -> {
            Fragment now = fragments.getIfPresent(key);
            return now != null && now.value() == shared;
        }, () -> renderFragment(key, render)).value();
    }

    private <T> T renderFragment(String key, Supplier<Shown<T>> render) {
        long since = generation();
        Shown<T> shown = render.get();
        synchronized (this) {
            if (!changedSince(since, shown.tags())) {
                fragments.put(key, new Fragment(shown.value(), Set.copyOf(shown.tags())));
            }
        }
        return shown.value();
    }

    /** The cache's hits, misses, evictions and size as {@code cache.*} meters tagged {@code cache=pages}. */
    void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, pages, "pages");
    }

    /** Drops every page that shows any of {@code tags} (and every untracked page); returns their keys. */
    Set<String> invalidate(Collection<String> tags) {
        Set<String> all = new HashSet<>(tags);
        all.add(UNTRACKED);
        Set<String> keys = new HashSet<>();
        synchronized (this) {
            remember(all);
            for (String tag : all) {
                var tagged = keysByTag.remove(tag);
                if (tagged != null) {
                    keys.addAll(tagged.keySet());
                }
            }
            fragments.asMap().values().removeIf(fragment -> fragment.tags().stream().anyMatch(all::contains));
            for (String key : keys) {
                CachedPage page = pages.asMap().remove(key);
                if (page != null) {
                    unindex(key, page);
                }
            }
        }
        return keys;
    }

    synchronized void clear() {
        remember(null);
        pages.invalidateAll();
        keysByTag.clear();
        fragments.invalidateAll();
    }

    private boolean changedSince(long since, Set<String> shown) {
        if (since == generation) {
            return false;
        }
        if (recent.isEmpty() || recent.peekFirst().generation() > since + 1) {
            return true;  // older than what is remembered: assume the worst
        }
        for (Invalidation invalidation : recent) {
            if (invalidation.generation() > since
                    && (invalidation.tags() == null || shown.stream().anyMatch(invalidation.tags()::contains))) {
                return true;
            }
        }
        return false;
    }

    /** {@code tags} null: everything. */
    private void remember(Set<String> tags) {
        generation++;
        recent.addLast(new Invalidation(generation, tags));
        if (recent.size() > REMEMBERED) {
            recent.removeFirst();
        }
    }

    private void unindex(String key, CachedPage page) {
        for (String tag : page.tags()) {
            keysByTag.computeIfPresent(tag, (t, keys) -> {
                keys.remove(key, page);
                return keys.isEmpty() ? null : keys;
            });
        }
    }

    long weightedSize() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    long fragmentsWeightedSize() {
        fragments.cleanUp();
        return fragments.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** How many tags the index holds keys for: it shrinks with the pages, never outgrows them. */
    int indexedTags() {
        return keysByTag.size();
    }

    /** Whether this very page is the one kept at {@code key} now (so nothing it shows changed since it was kept). */
    boolean holds(String key, CachedPage page) {
        return pages.asMap().get(key) == page;
    }

    boolean contains(String key) {
        return pages.asMap().containsKey(key);
    }

    CacheStats stats() {
        return pages.stats();
    }
}
