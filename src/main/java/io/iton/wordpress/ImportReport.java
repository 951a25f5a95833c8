package io.iton.wordpress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an import did, counted as it goes (read from another thread by the newsroom's progress
 * page). Only the first {@link #KEPT} warnings are kept in memory, so 100,000 posts with a warning
 * each stay small; the console prints every one as it happens.
 */
final class ImportReport {

    static final int KEPT = 1000;

    /** A problem with one item (or the file): where, which item, what. */
    record Warning(int line, String item, String message) {
        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ": " : "") + (item != null ? "\"" + item + "\": " : "") + message;
        }
    }

    final boolean dryRun;
    final AtomicLong items = new AtomicLong();
    final AtomicLong totalItems = new AtomicLong(-1);
    final AtomicLong imported = new AtomicLong();
    final AtomicLong alreadyImported = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong attachments = new AtomicLong();
    final AtomicLong warningCount = new AtomicLong();
    private final List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean complete;
    private volatile long startedNanos = System.nanoTime();
    private volatile long finishedNanos;

    ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void warn(Warning warning) {
        warningCount.incrementAndGet();
        if (warnings.size() < KEPT) {
            warnings.add(warning);
        }
    }

    List<Warning> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    void start() {
        startedNanos = System.nanoTime();
    }

    void finish(boolean wholeFileRead) {
        complete = wholeFileRead;
        finishedNanos = System.nanoTime();
    }

    boolean finished() {
        return finishedNanos != 0;
    }

    boolean wholeFileRead() {
        return complete;
    }

    double seconds() {
        long end = finishedNanos != 0 ? finishedNanos : System.nanoTime();
        return (end - startedNanos) / 1e9;
    }

    /** Posts handled per second so far. */
    double rate() {
        double s = seconds();
        return s <= 0 ? 0 : (imported.get() + alreadyImported.get() + skipped.get() + failed.get()) / s;
    }

    String summary() {
        return String.format("%s%d imported, %d already imported before, %d skipped, %d not imported (errors), "
                        + "%d images, %d warnings; %d items in %.1f s (%.0f posts/s)%s",
                dryRun ? "DRY RUN, nothing was written: " : "", imported.get(), alreadyImported.get(), skipped.get(),
                failed.get(), attachments.get(), warningCount.get(), items.get(), seconds(), rate(),
                finished() && !complete ? "; THE FILE ENDED EARLY, see the warnings" : "");
    }
}
