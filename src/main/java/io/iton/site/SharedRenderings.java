package io.iton.site;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One rendering for everyone who asks for the same thing at once: after a publish drops the newest
 * pages and the lists in them, each is asked for many times at the same moment. The first request
 * renders; those that come meanwhile wait for it (up to {@link #WAIT}) and take what it made if it
 * is still usable (kept: one not kept may show what changed after they came), else render their own.
 * Used for pages ({@link PageCacheFilter}) and for fragments ({@link PageCache#fragment}).
 */
final class SharedRenderings<V> {

    /** How long a request waits for another's rendering before it renders its own. */
    static final Duration WAIT = Duration.ofSeconds(5);

    /** What a request got: the value (null: nothing to answer with) and whether another request rendered it. */
    record Rendered<V>(V value, boolean shared) {
    }

    /** A rendering, which may fail with either of two checked exceptions (a servlet's two). */
    interface Rendering<V, E1 extends Exception, E2 extends Exception> {
        V render() throws E1, E2;
    }

    private final ConcurrentHashMap<String, CompletableFuture<V>> underWay = new ConcurrentHashMap<>();

    <E1 extends Exception, E2 extends Exception> Rendered<V> render(String key, Predicate<V> usable,
                                                                  Rendering<V, E1, E2> rendering) throws E1, E2 {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> other = underWay.putIfAbsent(key, mine);
        if (other != null) {
            V shared = await(other);
            return shared != null && usable.test(shared) ? new Rendered<>(shared, true) : new Rendered<>(rendering.render(), false);
        }
        V value = null;
        try {
            value = rendering.render();
            return new Rendered<>(value, false);
        } finally {
            mine.complete(value);
            underWay.remove(key, mine);
        }
    }

    /** What the other rendering made, when it is done; null if it failed or took too long. */
    private static <V> V await(CompletableFuture<V> other) {
        try {
            return other.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
