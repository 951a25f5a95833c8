package io.iton.search;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What an administrator can do to the index: rebuild it from the database while search goes on. */
@Service
public class SearchAdmin {

    private static final Logger log = LoggerFactory.getLogger(SearchAdmin.class);

    /**
     * The state an administrator sees: running or not, what the last rebuild did or why it failed,
     * and how many articles the live index holds (every article, drafts too: one document each).
     */
    public record Status(boolean rebuilding, String lastRebuild, long documents) {
    }

    private final SearchIndexer indexer;
    private final AtomicReference<String> last = new AtomicReference<>();

    SearchAdmin(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    /** Starts a rebuild in the background; false if one is already running. */
    public boolean startRebuild() {
        if (indexer.isRebuilding()) {
            return false;
        }
        Thread.ofVirtual().name("search-rebuild").start(() -> {
            try {
                var report = indexer.rebuild();
                last.set(report.toString());
                log.info("Search index rebuild: {}", report);
            } catch (SearchIndexer.RebuildRunning e) {
                // another request won the race; that one reports
            } catch (Exception e) {
                last.set("failed: " + e.getMessage());
                log.error("Search index rebuild failed; the old index stays live", e);
            }
        });
        return true;
    }

    /**
     * Brings the index in step with the database now, on this thread: for a command that changed
     * many articles with {@code iton.search.index-on-change=false}. Returns the articles changed.
     */
    public int repair() throws java.io.IOException {
        return indexer.repair().changed();
    }

    public Status status() {
        return new Status(indexer.isRebuilding(), last.get(), indexer.documents());
    }
}
