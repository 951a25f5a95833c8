package io.iton.wordpress;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One import while it runs: its options, the export's header and what was reported so far. */
final class ImportRun {

    final ImportOptions options;
    final ImportReport report;
    final ImportProgress progress;
    final AttachmentIndex attachments = new AttachmentIndex();
    final Map<String, Wxr.Term> categories = new HashMap<>();
    final Map<String, Wxr.Term> tags = new HashMap<>();
    final Map<String, Wxr.Author> authors = new HashMap<>();
    final Map<String, Long> skippedTypes = new HashMap<>();
    private final Set<String> warnedOnce = new HashSet<>();
    String source = "unknown-site";
    String siteTitle = "";

    ImportRun(ImportOptions options, ImportProgress progress) {
        this.options = options;
        this.report = new ImportReport(options.dryRun());
        this.progress = progress;
    }

    boolean dryRun() {
        return options.dryRun();
    }

    void warn(int line, String item, String message) {
        ImportReport.Warning warning = new ImportReport.Warning(line, item, message);
        report.warn(warning);
        progress.warned(warning);
    }

    /** Warns about {@code key} the first time only (an unknown category named by many posts). */
    void warnOnce(String key, int line, String item, String message) {
        if (warnedOnce.size() < 100_000 && warnedOnce.add(key)) {
            warn(line, item, message);
        }
    }

    void plan(String line) {
        if (dryRun()) {
            progress.planned(line);
        }
    }
}
