package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Actor;
import io.iton.media.MediaEvents.ImageUploaded;
import io.iton.support.Engine;
import io.iton.support.S3Server;
import io.iton.support.TestDb;
import io.iton.support.TestDbs;

/**
 * The upload's promise on H2 and PostgreSQL, with the media folder and with an S3 bucket (a real
 * S3 server): the row and the files are kept together or not at all, whichever step fails, and a
 * delete that does not commit keeps the files.
 */
class MediaEditorIT {

    private static final TestDbs dbs = new TestDbs();
    private static final MediaProperties SETTINGS = new MediaProperties(null, 1024 * 1024, 10_000_000,
            List.of(320, 640), 0.85f);

    @TempDir
    Path data;

    @AfterAll
    static void dropDatabases() {
        dbs.close();
    }

    /** Where the images go: the media folder, or a bucket of a real S3 server. */
    enum Store { FOLDER, S3 }

    static Stream<Arguments> enginesAndStores() {
        return Stream.of(Engine.values()).flatMap(e -> Stream.of(Store.values()).map(s -> Arguments.of(e, s)));
    }

    private record Setup(MediaEditor editor, MediaRepository repository, MediaStore storage, TestDb db) {
        long rows() {
            return db.jdbc().sql("SELECT COUNT(*) FROM media").query(Long.class).single();
        }

        /** The image folders in the store. */
        List<String> placed() throws IOException {
            return storage.list().stream().map(f -> f.path().split("/")[1]).distinct().toList();
        }

        List<String> incoming() {
            Path probe = storage.stage();
            storage.discard(probe);
            return list(probe.getParent());
        }
    }

    /** {@code events} stands for the listeners of the upload's event, the last step in its transaction. */
    private Setup setup(Engine engine, Store kind, ApplicationEventPublisher events) throws IOException {
        TestDb db = dbs.get(engine);
        MediaRepository repository = new MediaRepository(db.jdbc());
        Path folder = Files.createTempDirectory(data, engine.name());
        MediaStore storage = kind == Store.FOLDER ? new FolderMediaStore(SETTINGS, folder) : bucket(folder);
        MediaEditor editor = new MediaEditor(repository, storage, new ImageDetector(), new ImageProcessor(SETTINGS),
                SETTINGS, new DataSourceTransactionManager(db.dataSource()), events, Clock.systemUTC());
        return new Setup(editor, repository, storage, db);
    }

    private static S3MediaStore bucket(Path dataDir) throws IOException {
        S3Server server = S3Server.get();
        S3Properties properties = new S3Properties(server.newBucket(), "", "us-east-1", server.endpoint().toString(),
                true, S3Server.ACCESS_KEY, S3Server.SECRET_KEY, "");
        return new S3MediaStore(MediaStoreConfiguration.client(properties), properties, dataDir);
    }

    @ParameterizedTest
    @MethodSource("enginesAndStores")
    void aFailureAfterTheFolderIsInPlaceTakesItAwayWithTheRow(Engine engine, Store store) throws IOException {
        Setup s = setup(engine, store, event -> {
            if (event instanceof ImageUploaded) {
                throw new IllegalStateException("a listener failed inside the upload's transaction");
            }
        });
        long rows = s.rows();
        assertThatThrownBy(() -> s.editor.upload(jpeg(), 10_000, details(), Actor.SYSTEM))
                .hasMessageContaining("a listener failed");
        assertThat(s.rows()).isEqualTo(rows);
        assertThat(s.placed()).isEmpty();
        assertThat(s.incoming()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("enginesAndStores")
    void aRowTheDatabaseRefusesLeavesNoFiles(Engine engine, Store store) throws IOException {
        Setup s = setup(engine, store, event -> { });
        long rows = s.rows();
        Actor nobody = Actor.writer(987_654_321L);  // no such account: the foreign key refuses the row
        assertThatThrownBy(() -> s.editor.upload(jpeg(), 10_000, details(), nobody))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(s.rows()).isEqualTo(rows);
        assertThat(s.placed()).isEmpty();
        assertThat(s.incoming()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("enginesAndStores")
    void aDeleteThatRollsBackKeepsTheFilesAndOneThatCommitsRemovesThem(Engine engine, Store store) throws IOException {
        Setup s = setup(engine, store, event -> { });
        Image image = s.editor.upload(jpeg(), 10_000, details(), Actor.SYSTEM);
        assertThat(s.placed()).hasSize(1);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(s.db.dataSource()));

        tx.executeWithoutResult(status -> {
            s.editor.delete(image.id(), Actor.SYSTEM);
            status.setRollbackOnly();
        });
        assertThat(s.repository.findById(image.id())).isPresent();
        assertThat(s.placed()).hasSize(1);

        tx.executeWithoutResult(status -> s.editor.delete(image.id(), Actor.SYSTEM));
        assertThat(s.repository.findById(image.id())).isEmpty();
        assertThat(s.placed()).isEmpty();
    }

    private static ByteArrayResource jpeg() {
        return new ByteArrayResource(TestImages.jpeg(700, 400));
    }

    private static ImageDetails details() {
        return new ImageDetails("תמונה לבדיקה", "", "");
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
