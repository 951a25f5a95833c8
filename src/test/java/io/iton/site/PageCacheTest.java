package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** The page cache's bookkeeping: tags, exact drops, the byte bound, and pages rendered across a change. */
class PageCacheTest {

    private static final int BOUND = 256 * 1024;

    private final PageCache cache = new PageCache(new CacheProperties(true, BOUND, "public", ""), Clock.systemUTC());

    private static CachedPage.Rendered page(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new CachedPage.Rendered(body, null, "text/html;charset=UTF-8", Map.of("X-Content-Type-Options", List.of("nosniff")));
    }

    private void keep(String key, String... tags) {
        cache.put(key, page(key), Set.of(tags), cache.generation());
    }

    @Test
    void aChangeDropsExactlyThePagesThatShowIt() {
        keep("/article/1/a", "article:1", "list:category:1", "nav");
        keep("/category/a", "article:1", "article:2", "list:category:1", "nav");
        keep("/category/b", "article:3", "list:category:2", "nav");

        assertThat(cache.invalidate(Set.of("article:1"))).containsExactlyInAnyOrder("/article/1/a", "/category/a");

        assertThat(cache.contains("/category/b")).isTrue();
        assertThat(cache.contains("/category/a")).isFalse();
        assertThat(cache.invalidate(Set.of("article:2"))).isEmpty();
    }

    @Test
    void aMissThenItsRenderingCountOneMissAndTheNextAnswerAHit() {
        assertThat(cache.get("/category/a")).isNull();
        keep("/category/a", "list:category:1");
        assertThat(cache.get("/category/a")).isNotNull();
        assertThat(cache.stats().missCount()).isEqualTo(1);
        assertThat(cache.stats().hitCount()).isEqualTo(1);
    }

    @Test
    void aFragmentIsKeptUntilWhatItShowsChangesAndNotKeptWhenRenderedAcrossAChange() {
        int[] renders = {0};
        Supplier<PageCache.Shown<String>> latest =
                () -> new PageCache.Shown<>("list " + ++renders[0], Set.of("list:latest", "article:5"));
        assertThat(cache.fragment("latest", latest)).isEqualTo("list 1");
        assertThat(cache.fragment("latest", latest)).isEqualTo("list 1");
        cache.invalidate(Set.of("article:6"));
        assertThat(cache.fragment("latest", latest)).as("an unrelated change keeps it").isEqualTo("list 1");
        cache.invalidate(Set.of("article:5"));
        assertThat(cache.fragment("latest", latest)).isEqualTo("list 2");

        cache.invalidate(Set.of("list:latest"));
        assertThat(cache.fragment("latest", () -> {
            cache.invalidate(Set.of("list:latest"));  // a publish while it renders
            return latest.get();
        })).isEqualTo("list 3");
        assertThat(cache.fragment("latest", latest)).as("the one rendered across the publish was not kept")
                .isEqualTo("list 4");
    }

    @Test
    void manyNeedingADroppedFragmentAtOnceShareOneRendering() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<PageCache.Shown<String>> latest = () -> {
            rendering.countDown();
            await(release);
            return new PageCache.Shown<>("list " + renders.incrementAndGet(), Set.of("list:latest"));
        };
        List<Thread> readers = new ArrayList<>();
        List<String> answers = new CopyOnWriteArrayList<>();
        readers.add(Thread.ofVirtual().start(() -> answers.add(cache.fragment("latest", latest))));
        await(rendering);
        for (int i = 0; i < 11; i++) {
            readers.add(Thread.ofVirtual().start(() -> answers.add(cache.fragment("latest", latest))));
        }
        Thread.sleep(100);  // let them all find the rendering under way
        release.countDown();
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(answers).hasSize(12).containsOnly("list 1");
        assertThat(renders).hasValue(1);

        // one rendered across a change is not shared: a request that came after the change renders its own
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        cache.invalidate(Set.of("list:latest"));
        Thread first = Thread.ofVirtual().start(() -> answers.add(cache.fragment("latest", () -> {
            second.countDown();
            await(go);
            cache.invalidate(Set.of("list:latest"));  // a publish while it renders
            return new PageCache.Shown<>("list across", Set.of("list:latest"));
        })));
        await(second);
        Thread late = Thread.ofVirtual().start(() -> answers.add(cache.fragment("latest", latest)));
        Thread.sleep(100);
        go.countDown();
        first.join();
        late.join();
        assertThat(answers.subList(12, 14)).containsExactlyInAnyOrder("list across", "list 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPageThatNotedNothingGoesWithAnyChange() {
        keep("/robots.txt", "fixed");
        keep("/something");
        assertThat(cache.invalidate(Set.of("article:99"))).containsExactly("/something");
        assertThat(cache.contains("/robots.txt")).isTrue();
    }

    @Test
    void aPageRenderedWhileWhatItShowsChangedIsNotKept() {
        long before = cache.generation();
        cache.invalidate(Set.of("article:7"));
        cache.put("/article/7/x", page("old text"), Set.of("article:7"), before);
        cache.put("/article/8/y", page("other"), Set.of("article:8"), before);
        assertThat(cache.contains("/article/7/x")).isFalse();
        assertThat(cache.contains("/article/8/y")).isTrue();

        long beforeClear = cache.generation();
        cache.clear();
        cache.put("/article/8/y", page("other"), Set.of("article:8"), beforeClear);
        assertThat(cache.contains("/article/8/y")).isFalse();
    }

    @Test
    void evictedPagesLeaveTheIndexAndTheBoundHolds() {
        String big = "x".repeat(10_000);
        for (int i = 0; i < 500; i++) {
            cache.put("/advertise?" + i, page(big + i), Set.of("nav", "article:" + i), cache.generation());
        }
        assertThat(cache.weightedSize()).isLessThanOrEqualTo(BOUND);
        assertThat(cache.size()).isLessThan(500);
        // one tag per kept page, plus nav: nothing left behind by evicted pages
        assertThat(cache.indexedTags()).isLessThanOrEqualTo((int) cache.size() + 1);
        int kept = (int) cache.size();
        assertThat(cache.invalidate(Set.of("nav"))).hasSize(kept);
        assertThat(cache.indexedTags()).isZero();
    }

    @Test
    void fragmentsStayWithinTheirEighthOfTheBound() {
        record Piece(int weight) implements PageCache.Weighed {
        }
        for (int i = 0; i < 500; i++) {
            int id = i;
            assertThat(cache.fragment("related:" + i, () -> new PageCache.Shown<>(new Piece(2_000), Set.of("article:" + id))))
                    .isEqualTo(new Piece(2_000));
        }
        assertThat(cache.fragmentsWeightedSize()).isPositive().isLessThanOrEqualTo(BOUND / 8);
        keep("/", "nav");
        assertThat(cache.weightedSize()).isLessThanOrEqualTo(BOUND - BOUND / 8);
    }

    @Test
    void aKeptPageCarriesItsGzipAndHeaders() {
        byte[] body = "<p>שלום</p>".repeat(500).getBytes(StandardCharsets.UTF_8);
        CachedPage kept = cache.put("/", new CachedPage.Rendered(body, CachedPage.gzip(body), "text/html",
                Map.of("X-Frame-Options", List.of("DENY"))), Set.of("nav"), cache.generation());
        assertThat(kept.gzipped()).isNotNull().hasSizeLessThan(body.length);
        assertThat(kept.etag()).startsWith("W/\"");
        assertThat(kept.lastModifiedText()).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(kept.headers()).containsExactly(Map.entry("X-Frame-Options", "DENY"));
    }
}
