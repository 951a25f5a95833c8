package io.iton.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media folder: whole folders into place, and only stale leftovers cleared on start. */
class FolderMediaStoreTest {

    @TempDir
    Path data;

    @Test
    void startClearsOnlyWorkLeftOverLongAgo() throws IOException {
        Path incoming = Files.createDirectories(data.resolve("media/incoming"));
        Path stale = Files.createDirectory(incoming.resolve("crashed"));
        Files.writeString(stale.resolve("upload"), "half an upload");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path underWay = Files.createDirectory(incoming.resolve("another-node"));

        new FolderMediaStore(settings(), data);

        assertThat(stale).doesNotExist();
        assertThat(underWay).isDirectory();
    }

    @Test
    void aFinishedFolderMovesIntoPlaceWholeAndNamesCannotClimbOut() throws IOException {
        FolderMediaStore storage = new FolderMediaStore(settings(), data);
        Path work = storage.stage();
        Files.writeString(work.resolve("original.jpg"), "pixels");
        storage.place(work, "7-abcdefghijkl");
        Path placed = storage.folder("7-abcdefghijkl");
        assertThat(placed).isEqualTo(data.resolve("media/images/7-abcdefghijkl").toAbsolutePath().normalize());
        assertThat(placed.resolve("original.jpg")).hasContent("pixels");
        assertThat(work).doesNotExist();
        for (String name : List.of("..", "../incoming", "a/b", "")) {
            assertThatThrownBy(() -> storage.folder(name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static MediaProperties settings() {
        return new MediaProperties(null, 1024, 1000, List.of(320), 0.85f);
    }
}
