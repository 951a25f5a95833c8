package io.iton.history;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which revision the save now running on this thread puts back, if any. A restore is an ordinary
 * update through the article editor, whose event cannot say why it happened; the listeners that
 * run inside that update (synchronously, on this thread) read this to record it as a restore.
 */
record Restoring(long revisionId, int articleVersion) {

    private static final ThreadLocal<Restoring> CURRENT = new ThreadLocal<>();

    static Optional<Restoring> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    <T> T during(Supplier<T> save) {
        CURRENT.set(this);
        try {
            return save.get();
        } finally {
            CURRENT.remove();
        }
    }
}
