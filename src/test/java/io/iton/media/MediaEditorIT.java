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
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Actor;
import io.iton.media.MediaEvents.ImageUploaded;
import io.iton.support.Engine;
import io.iton.support.TestDb;
import io.iton.support.TestDbs;

/**
 * The upload's promise on H2 and PostgreSQL: the row and the files are kept together or not at
 * all, whichever step fails, and a delete that does not commit keeps the files.
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

    private record Setup(MediaEditor editor, MediaRepository repository, FolderMediaStore storage, TestDb db) {
        long rows() {
            return db.jdbc().sql("SELECT COUNT(*) FROM media").query(Long.class).single();
        }

        List<String> placed() {
            return list(storage.images());
        }

        List<String> incoming() {
            return list(storage.images().resolveSibling("incoming"));
        }
    }

    /** {@code events} stands for the listeners of the upload's event, the last step in its transaction. */
    private Setup setup(Engine engine, ApplicationEventPublisher events) throws IOException {
        TestDb db = dbs.get(engine);
        MediaRepository repository = new MediaRepository(db.jdbc());
        FolderMediaStore storage = new FolderMediaStore(SETTINGS, Files.createTempDirectory(data, engine.name()));
        MediaEditor editor = new MediaEditor(repository, storage, new ImageDetector(), new ImageProcessor(SETTINGS),
                SETTINGS, new DataSourceTransactionManager(db.dataSource()), events, Clock.systemUTC());
        return new Setup(editor, repository, storage, db);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFailureAfterTheFolderIsInPlaceTakesItAwayWithTheRow(Engine engine) throws IOException {
        Setup s = setup(engine, event -> {
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
    @EnumSource(Engine.class)
    void aRowTheDatabaseRefusesLeavesNoFiles(Engine engine) throws IOException {
        Setup s = setup(engine, event -> { });
        long rows = s.rows();
        Actor nobody = Actor.writer(987_654_321L);  // no such account: the foreign key refuses the row
        assertThatThrownBy(() -> s.editor.upload(jpeg(), 10_000, details(), nobody))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(s.rows()).isEqualTo(rows);
        assertThat(s.placed()).isEmpty();
        assertThat(s.incoming()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeleteThatRollsBackKeepsTheFilesAndOneThatCommitsRemovesThem(Engine engine) throws IOException {
        Setup s = setup(engine, event -> { });
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
