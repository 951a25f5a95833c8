package io.iton.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.support.AppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export taken while the site writes is one moment of the database. A writer commits, again
 * and again, a tag together with an audit entry naming it; the export reads the audit log before
 * the tags, so an export that saw two moments would hold a tag whose entry it missed.
 */
abstract class ConsistentExportContract extends AppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BackupExporter exporter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anExportTakenDuringWritesHoldsEveryWriteWholeOrNotAtAll() throws Exception {
        String prefix = "consistent-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        Thread writer = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                String slug = prefix + written.get();
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :slug)").param("slug", slug).update();
                    jdbc.sql("""
                            INSERT INTO audit_entry (occurred_at, action, subject_kind, subject_label, details)
                            VALUES (:now, 'backup.test', 'tag', :slug, '{}')""")
                            .param("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).param("slug", slug).update();
                });
                written.incrementAndGet();
            }
        });
        try {
            while (written.get() < 5) {
                Thread.sleep(5);
            }
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ByteArrayOutputStream archive = new ByteArrayOutputStream();
                exporter.export(archive);
                Map<String, List<JsonNode>> tables = rows(archive.toByteArray());
                Set<String> tags = new TreeSet<>();
                tables.get("tag").stream().map(r -> r.get("slug").asString()).filter(s -> s.startsWith(prefix)).forEach(tags::add);
                Set<String> entries = new TreeSet<>();
                tables.get("audit_entry").stream().filter(r -> "backup.test".equals(r.get("action").asString()))
                        .map(r -> r.get("subject_label").asString()).filter(s -> s.startsWith(prefix)).forEach(entries::add);
                assertThat(tags).as("export %d: tags and their audit entries, from one moment", i).isEqualTo(entries);
                seen.add(tags.size());
            }
            assertThat(seen.getLast()).as("the site kept writing during the exports").isGreaterThan(seen.getFirst());
        } finally {
            stop.set(true);
            writer.join();
            jdbc.sql("DELETE FROM audit_entry WHERE action = 'backup.test' AND subject_label LIKE :p").param("p", prefix + "%").update();
            jdbc.sql("DELETE FROM tag WHERE slug LIKE :p").param("p", prefix + "%").update();
        }
    }

    private static Map<String, List<JsonNode>> rows(byte[] archive) throws IOException {
        Map<String, List<JsonNode>> tables = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("tables/")) {
                    String table = entry.getName().substring(7).replace(".jsonl", "");
                    List<JsonNode> rows = new ArrayList<>();
                    for (String line : new String(readAll(zip), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isEmpty()) {
                            rows.add(JSON.readTree(line));
                        }
                    }
                    tables.put(table, rows);
                }
            }
        }
        return tables;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
