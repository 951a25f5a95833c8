package io.iton.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The Lucene index on disk, as numbered generations under one folder: updates go to the live
 * generation and are searchable as soon as they return; a rebuild writes a new generation and
 * swaps it in while searches go on against the old one until that moment.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /**
     * The shape of the documents. A generation written with another shape is not opened but
     * rebuilt from the database, as fields may not change type inside one index.
     */
    static final String SCHEMA = "7";
    static final String SCHEMA_KEY = "iton.schema";

    /** Segments of about one size before Lucene merges them ({@link Generation#mergePolicy}). */
    private static final int SEGMENTS_PER_TIER = 4;

    /**
     * Each segment keeps its articles newest first: the recency bonus then only falls along a
     * segment, which lets a search stop early where it decides the order ({@link RecencyCollector}).
     */
    static final Sort NEWEST_FIRST = new Sort(new SortedNumericSortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));

    /** One generation: its folder, writer and searchers. */
    record Generation(Path folder, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

        static Generation open(Path folder) throws IOException {
            Files.createDirectories(folder);
            FSDirectory directory = FSDirectory.open(folder);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setIndexSort(NEWEST_FIRST)
                    .setRAMBufferSizeMB(128)
                    .setMergePolicy(mergePolicy())
                    // Compound files save file handles but cost a copy of every flushed segment.
                    .setUseCompoundFile(false));
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            return new Generation(folder, directory, writer, new SearcherManager(writer, null));
        }

        /**
         * Live changes add a segment each (a published article is searchable at once), so the
         * small segments are merged sooner than Lucene's default of ten to a tier: each segment
         * costs every search a look-up of every term. On the 100,000-article benchmark, 40 edits
         * after a rebuild leave 14 segments with the default, a search costing a quarter more CPU
         * than on the one segment the rebuild left; with four to a tier, 5 segments and 8% more.
         */
        static MergePolicy mergePolicy() {
            return new TieredMergePolicy().setSegmentsPerTier(SEGMENTS_PER_TIER);
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private final IndexFolders folders;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Generation live;

    SearchIndex(SearchProperties properties, @Value("${iton.data-dir}") Path dataDir, DataSource dataSource)
            throws IOException {
        this.folders = new IndexFolders(properties.indexDir() != null ? properties.indexDir() : dataDir.resolve("search"),
                dataSource);
        this.live = Generation.open(folders.newest().orElse(folders.next()));
        folders.deleteAllBut(live.folder());
        log.info("Search index at {}", live.folder());
    }

    void upsert(Collection<Document> documents) throws IOException {
        lock.readLock().lock();
        try {
            for (Document doc : documents) {
                live.writer().updateDocument(new Term(SearchFields.ID, doc.get(SearchFields.ID)), doc);
            }
            live.searchers().maybeRefreshBlocking();
        } finally {
            lock.readLock().unlock();
        }
    }

    void delete(long id) throws IOException {
        lock.readLock().lock();
        try {
            live.writer().deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
            live.searchers().maybeRefreshBlocking();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a read against the current searcher; a swap waits until it is done. */
    <T> T read(SearcherFunction<T> reading) throws IOException {
        lock.readLock().lock();
        try {
            IndexSearcher searcher = live.searchers().acquire();
            try {
                return reading.apply(searcher);
            } finally {
                live.searchers().release(searcher);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Every indexed article's id and version. */
    Map<Long, Integer> versions() throws IOException {
        return read(searcher -> {
            Map<Long, Integer> versions = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues ids = leaf.reader().getNumericDocValues(SearchFields.ID);
                NumericDocValues vs = leaf.reader().getNumericDocValues(SearchFields.VERSION);
                Bits liveDocs = leaf.reader().getLiveDocs();
                for (int doc = 0; ids != null && doc < leaf.reader().maxDoc(); doc++) {
                    if ((liveDocs == null || liveDocs.get(doc)) && ids.advanceExact(doc) && vs.advanceExact(doc)) {
                        versions.put(ids.longValue(), (int) vs.longValue());
                    }
                }
            }
            return versions;
        });
    }

    void commit() throws IOException {
        lock.readLock().lock();
        try {
            if (live.writer().hasUncommittedChanges()) {
                live.writer().commit();
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A new, empty generation beside the live one, for a rebuild: written without merging, as
     * {@link #swap} merges it into one segment once it is complete.
     */
    Generation newGeneration() throws IOException {
        Generation fresh = Generation.open(folders.next());
        fresh.writer().getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        return fresh;
    }

    /** Drops a generation that was never made live, as after a failed rebuild. */
    void discard(Generation unused) {
        try {
            unused.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not close an unused search index generation at {}", unused.folder(), e);
        }
        try {
            FileSystemUtils.deleteRecursively(unused.folder());
        } catch (IOException e) {
            log.warn("Could not delete an unused search index generation at {}", unused.folder(), e);
        }
    }

    /**
     * Makes a fully written generation the live one, and drops the old. It goes live as one
     * segment, sorted newest first throughout: a search then looks each term up once, and the
     * recency bonus falls along all the articles, not again from the newest in each segment (on
     * the 100,000-article benchmark a search costs about a third less CPU than over the eight segments
     * Lucene's merging leaves).
     */
    void swap(Generation fresh) throws IOException {
        fresh.writer().getConfig().setMergePolicy(Generation.mergePolicy());
        long start = System.nanoTime();
        fresh.writer().forceMerge(1);
        long merging = (System.nanoTime() - start) / 1_000_000;
        fresh.writer().commit();
        fresh.searchers().maybeRefreshBlocking();
        Generation old;
        lock.writeLock().lock();
        try {
            old = live;
            live = fresh;
        } finally {
            lock.writeLock().unlock();
        }
        old.close();
        FileSystemUtils.deleteRecursively(old.folder());
        log.info("Search index rebuilt at {} (merged into one segment in {} ms)", fresh.folder(), merging);
    }

    /** Whether the live index can be written and read (Lucene closes a writer after a disk failure). */
    boolean isOpen() {
        IndexWriter writer = live.writer();
        return writer.isOpen() && writer.getTragicException() == null;
    }

    /** The live generation's folder. */
    Path folder() {
        return live.folder();
    }

    long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(live.folder())) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Override
    public void destroy() throws IOException {
        lock.writeLock().lock();
        try {
            live.writer().commit();
            live.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
