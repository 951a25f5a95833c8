package io.iton.wordpress;

import java.io.PrintStream;

/**
 * The import on a console: on a terminal, one line redrawn in place (a bar, counts, posts per
 * second); in a log or a pipe, a plain line every few seconds. Warnings and a dry run's plan are
 * printed as they come, each on its own line.
 */
final class ConsoleProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long everyNanos;
    private long lastShown;
    private boolean barShown;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.everyNanos = terminal ? 100_000_000L : 5_000_000_000L;
    }

    @Override
    public synchronized void advanced(ImportReport report) {
        long now = System.nanoTime();
        if (now - lastShown < everyNanos && !report.finished()) {
            return;
        }
        lastShown = now;
        String line = line(report);
        if (terminal) {
            out.print("\r" + line + "\u001B[K");
            barShown = true;
            if (report.finished()) {
                out.println();
                barShown = false;
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String line(ImportReport report) {
        long total = Math.max(report.totalItems.get(), 0);
        long done = report.items.get();
        int filled = total == 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
        return String.format("[%s%s] %d/%d items | %d imported, %d already, %d skipped, %d failed | %d warnings | %.0f posts/s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, report.imported.get(),
                report.alreadyImported.get(), report.skipped.get(), report.failed.get(), report.warningCount.get(),
                report.rate());
    }

    @Override
    public synchronized void warned(ImportReport.Warning warning) {
        clearBar();
        out.println("warning: " + warning);
    }

    @Override
    public synchronized void planned(String line) {
        clearBar();
        out.println(line);
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r\u001B[K");
            barShown = false;
        }
    }
}
