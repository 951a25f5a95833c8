package io.iton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's JVM as seen from outside: its live heap (used after a full collection that
 * {@code jcmd GC.run} asks for, as its GC log reports it) and its resident memory, from
 * {@code /proc}; its CPU time is {@link CpuShares}'.
 */
final class AppProcess {

    /**
     * One look: heap used after a full GC, how long that collection's request took, RSS, and the
     * pages the page cache keeps (a bounded part of the live heap; NaN when unknown).
     */
    record Sample(long atMillis, long heapUsedBytes, double fullGcMs, long rssBytes, double cachedPages) {
        Sample withCachedPages(double pages) {
            return new Sample(atMillis, heapUsedBytes, fullGcMs, rssBytes, pages);
        }
    }

    /** {@code GC(12) Pause Full (Diagnostic Command) 700M->110M(1024M) 187.5ms}: the heap after it. */
    private static final Pattern FORCED = Pattern.compile("Pause Full \\(Diagnostic Command\\) \\d+[KMG]->(\\d+)([KMG])");
    /** {@code num: #instances #bytes class-name (module)}. */
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;
    private final Path gcLog;

    AppProcess(long pid, Path gcLog) {
        this.pid = pid;
        this.gcLog = gcLog;
    }

    /**
     * Forces a full collection and reads the heap it left from the GC log. Asking the JVM afterwards
     * ({@code GC.heap_info}, another {@code jcmd} start of a second or so) counted what a loaded app
     * had allocated since: hundreds of MB that were never live.
     */
    Sample sample() throws IOException, InterruptedException {
        int forcedBefore = forcedCollections().size();
        long begin = System.nanoTime();
        jcmd("GC.run");
        double fullGcMs = (System.nanoTime() - begin) / 1e6;
        List<Long> forced = forcedCollections();
        for (int tries = 0; forced.size() <= forcedBefore && tries < 50; tries++) {
            Thread.sleep(100);  // the log line may trail the command's answer
            forced = forcedCollections();
        }
        if (forced.size() <= forcedBefore) {
            throw new IOException("jcmd GC.run: no \"Pause Full (Diagnostic Command)\" line in " + gcLog);
        }
        return new Sample(System.currentTimeMillis(), forced.getLast(), fullGcMs, rss(), Double.NaN);
    }

    private List<Long> forcedCollections() throws IOException {
        return forcedCollections(Files.readAllLines(gcLog));
    }

    /** The heap after each forced full collection in these GC log lines, in bytes. */
    static List<Long> forcedCollections(List<String> log) {
        List<Long> after = new ArrayList<>();
        for (String line : log) {
            Matcher m = FORCED.matcher(line);
            if (m.find()) {
                after.add(Long.parseLong(m.group(1)) << switch (m.group(2)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    default -> 30;
                });
            }
        }
        return after;
    }

    /**
     * Live bytes by class ({@code jcmd GC.class_histogram}, itself after a full GC), to tell which
     * classes a heap that grew holds more of.
     */
    Map<String, Long> histogram() throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    long rss() throws IOException {
        Matcher m = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
