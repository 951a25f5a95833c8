package io.iton.shared;

/**
 * Marks the events a node re-publishes because another node made the change (see the
 * {@code cluster} feature). Listeners that keep this node's derived data (page cache, search
 * index) handle them like local ones; listeners with effects outside the node (writing history,
 * calling a CDN, sending mail) skip them, since the node that made the change did that once.
 */
public final class ChangeReplay {

    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private ChangeReplay() {
    }

    /** Whether the event being handled came from another node. */
    public static boolean replaying() {
        return REPLAYING.get();
    }

    /** Runs {@code publish} with {@link #replaying()} true on this thread. */
    public static void replay(Runnable publish) {
        REPLAYING.set(true);
        try {
            publish.run();
        } finally {
            REPLAYING.set(false);
        }
    }
}
