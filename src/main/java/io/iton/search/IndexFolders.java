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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Where the index generations of one database live: a folder named after the database (so two
 * never share one), holding one {@code gen-<time>} folder per generation, the newest last.
 */
final class IndexFolders {

    private static final Logger log = LoggerFactory.getLogger(IndexFolders.class);
    private static final String GENERATION = "gen-";

    private final Path base;

    IndexFolders(Path root, DataSource dataSource) throws IOException {
        this.base = root.resolve(databaseKey(dataSource));
        Files.createDirectories(base);
    }

    /** A short, stable name for the database the index is built from. */
    private static String databaseKey(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(connection.getMetaData().getURL().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot name the search index after its database", e);
        }
    }

    /** The newest generation this build can open as it is, if any. */
    Optional<Path> newest() throws IOException {
        try (Stream<Path> folders = Files.list(base)) {
            List<Path> generations = folders.filter(IndexFolders::isGeneration).sorted().toList();
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
            return DirectoryReader.indexExists(directory) && SearchIndex.SCHEMA.equals(
                    SegmentInfos.readLatestCommit(directory).getUserData().get(SearchIndex.SCHEMA_KEY));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("Search index {} cannot be read ({}); it is set aside and rebuilt from the database", generation,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** A folder for a new generation, named by the clock so that the newest sorts last, across restarts too. */
    Path next() {
        long stamp = System.currentTimeMillis();
        Path folder = base.resolve(GENERATION + String.format("%015d", stamp));
        while (Files.exists(folder)) {
            folder = base.resolve(GENERATION + String.format("%015d", ++stamp));
        }
        return folder;
    }

    /** Deletes every generation but {@code keep}. */
    void deleteAllBut(Path keep) throws IOException {
        try (Stream<Path> folders = Files.list(base)) {
            folders.filter(p -> isGeneration(p) && !p.equals(keep)).forEach(p -> {
                try {
                    FileSystemUtils.deleteRecursively(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static boolean isGeneration(Path folder) {
        return folder.getFileName().toString().startsWith(GENERATION);
    }
}
