package io.iton.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.iton.support.Engine;
import io.iton.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zip-slip in restore (part of the hostile input suite): an archive whose manifest lists a media
 * file at {@code images/../../x} (its hash right, so it passes the integrity check) is refused
 * with the reason, before a single row is written, and no file appears outside the media folder.
 */
abstract class ZipSlipRestoreContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    abstract Engine engine();

    @Test
    void anArchiveWithAClimbingPathIsRefusedWholeAndWritesNothing() throws Exception {
        String mark = Fixtures.unique("escaped");
        try (Installation source = Installation.empty(engine()); Installation target = Installation.empty(engine())) {
            Path archive = source.data.resolve("site.zip");
            assertThat(source.command("export", archive.toString()).exitCode()).isZero();  // the schema, and an empty archive
            source.jdbc().sql("INSERT INTO category (slug, name, description, featured, menu_order) VALUES (:s, 'חדשות', '', FALSE, 0)")
                    .param("s", Fixtures.unique("cat")).update();
            Files.delete(archive);
            assertThat(source.command("export", archive.toString()).exitCode()).isZero();
            Path hostile = climbing(archive, "images/../../" + mark + ".txt", "נכתב מחוץ לתיקייה");

            Installation.Run run = target.command("restore", hostile.toString());
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("השחזור לא בוצע", "images/../../" + mark);
            assertThat(target.jdbc().sql("SELECT COUNT(*) FROM category").query(Long.class).single())
                    .as("rows written before the refusal").isZero();
            try (Stream<Path> files = Files.walk(target.data.getParent(), 3)) {
                assertThat(files.filter(p -> p.getFileName().toString().contains(mark)).toList()).isEmpty();
            }
        }
    }

    /** The archive again with one more media file, listed in the manifest at this path with its true size and hash. */
    private static Path climbing(Path archive, String path, String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path out = archive.resolveSibling("hostile.zip");
        try (ZipFile in = new ZipFile(archive.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    zip.write(entry.getName().equals("manifest.json") ? withFile(data, path, bytes) : data.readAllBytes());
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("media/" + path));
            zip.write(bytes);
            zip.closeEntry();
        }
        return out;
    }

    private static byte[] withFile(InputStream manifest, String path, byte[] bytes) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(manifest);
        ArrayNode media = root.has("media") && root.get("media").isArray() ? (ArrayNode) root.get("media") : root.putArray("media");
        ObjectNode file = media.addObject();
        file.put("path", path);
        file.put("bytes", bytes.length);
        file.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        return JSON.writeValueAsBytes(root);
    }
}
