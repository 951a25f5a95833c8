package io.iton.wordpress;

import java.util.List;
import java.util.Map;

/**
 * The newsroom's import page: the upload form, and the last import's progress or report.
 *
 * @param job    the last import on this node, or null
 * @param errors the form's problems, field to Hebrew message
 */
public record ImportPage(Progress job, Map<String, String> errors, int maxMegabytes) {

    /** An import as the page shows it. */
    public record Progress(String fileName, boolean running, boolean dryRun, long items, long totalItems,
                           long imported, long alreadyImported, long skipped, long failed, long images,
                           long warningCount, List<String> warnings, String summary, String error) {

        /** How far, 0–100, for the progress bar. */
        public int percent() {
            return totalItems <= 0 ? 0 : (int) Math.min(100, items * 100 / totalItems);
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    static Progress of(ImportJobs.Job job) {
        if (job == null) {
            return null;
        }
        ImportReport r = job.report;
        return new Progress(job.fileName, job.running(), r.dryRun, r.items.get(), Math.max(0, r.totalItems.get()),
                r.imported.get(), r.alreadyImported.get(), r.skipped.get(), r.failed.get(), r.attachments.get(),
                r.warningCount.get(), r.warnings().stream().map(ImportReport.Warning::toString).toList(),
                r.finished() ? r.summary() : null, job.error);
    }
}
