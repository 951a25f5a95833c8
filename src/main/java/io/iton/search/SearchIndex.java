package io.iton.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
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
    private static final String GENERATION = "gen-";

    /**
     * The shape of the documents. A generation written with another shape is not opened but
     * rebuilt from the database, as fields may not change type inside one index.
     */
    static final String SCHEMA = "7";
    private static final String SCHEMA_KEY = "iton.schema";

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
                    // Compound files save file handles but cost a copy of every flushed segment.
                    .setUseCompoundFile(false));
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            return new Generation(folder, directory, writer, new SearcherManager(writer, null));
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private final Path base;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Generation live;

    SearchIndex(SearchProperties properties, @Value("${iton.data-dir}") Path dataDir, DataSource dataSource)
            throws IOException {
        this.base = (properties.indexDir() != null ? properties.indexDir() : dataDir.resolve("search"))
                .resolve(databaseKey(dataSource));
        Files.createDirectories(base);
        this.live = Generation.open(newestGeneration().orElse(nextGenerationFolder()));
        deleteOtherGenerations(live.folder());
        log.info("Search index at {}", live.folder());
    }

    /** A short, stable name for the database the index is built from, so two never share one. */
    private static String databaseKey(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(connection.getMetaData().getURL().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot name the search index after its database", e);
        }
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

    /** A new, empty generation beside the live one, for a rebuild. */
    Generation newGeneration() throws IOException {
        return Generation.open(nextGenerationFolder());
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

    /** Makes a fully written generation the live one, and drops the old. */
    void swap(Generation fresh) throws IOException {
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
        log.info("Search index rebuilt at {}", fresh.folder());
    }

    /** Whether the live index can be written and read (Lucene closes a writer after a disk failure). */
    boolean isOpen() {
        IndexWriter writer = live.writer();
        return writer.isOpen() && writer.getTragicException() == null;
    }

    long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(live.folder())) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private Optional<Path> newestGeneration() throws IOException {
        try (Stream<Path> folders = Files.list(base)) {
            List<Path> generations = folders.filter(p -> p.getFileName().toString().startsWith(GENERATION)).sorted().toList();
            for (int i = generations.size() - 1; i >= 0; i--) {
                if (readable(generations.get(i))) {
                    return Optional.of(generations.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Whether a generation can be opened as it is: it has a commit of this schema, in a format
     * this Lucene reads. One it cannot read (a damaged file, or written by a Lucene whose codec
     * this one no longer or not yet reads, as after an upgrade) is passed over like a missing
     * one, so the index is rebuilt from the database instead of the application failing to start.
     */
    private static boolean readable(Path generation) throws IOException {
        try (FSDirectory directory = FSDirectory.open(generation)) {
            return DirectoryReader.indexExists(directory)
                    && SCHEMA.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("Search index {} cannot be read ({}); it is set aside and rebuilt from the database", generation,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** Named by the clock so that the newest sorts last, across restarts too. */
    private Path nextGenerationFolder() {
        long stamp = System.currentTimeMillis();
        Path folder = base.resolve(GENERATION + String.format("%015d", stamp));
        while (Files.exists(folder)) {
            folder = base.resolve(GENERATION + String.format("%015d", ++stamp));
        }
        return folder;
    }

    private void deleteOtherGenerations(Path keep) throws IOException {
        try (Stream<Path> folders = Files.list(base)) {
            folders.filter(p -> p.getFileName().toString().startsWith(GENERATION) && !p.equals(keep))
                    .forEach(p -> {
                        try {
                            FileSystemUtils.deleteRecursively(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
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
