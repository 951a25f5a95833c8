package io.iton.backup;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.springframework.stereotype.Component;

import io.iton.shared.Command;

/**
 * {@code java -jar iton.jar export FILE}: the whole site into one archive. It is written beside
 * FILE under a temporary name and renamed when complete, so FILE is never half an archive.
 */
@Component
class ExportCommand implements Command {

    private final BackupExporter exporter;

    ExportCommand(BackupExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "FILE.zip   export every table and media file into one archive (holds password hashes: keep it safe)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            out.println("Usage: export " + usage());
            return 2;
        }
        Path target = Path.of(files.getFirst()).toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Manifest manifest;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
            manifest = exporter.export(file);
        } catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long rows = manifest.tables().stream().mapToLong(Manifest.TableEntry::rows).sum();
        out.printf("Exported %,d rows in %d tables and %,d media files at schema %s to %s (%,d bytes)%n", rows,
                manifest.tables().size(), manifest.media().size(), manifest.schemaVersion(), target, Files.size(target));
        return 0;
    }
}
