package io.iton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's JVM as seen from outside: its live heap (used after a full collection that
 * {@code jcmd GC.run} asks for), its resident memory and its CPU time, from {@code /proc}.
 */
final class AppProcess {

    /**
     * One look: heap used after a full GC, how long that collection's request took, RSS, CPU seconds
     * so far, and the pages the page cache keeps (a bounded part of the live heap; NaN when unknown).
     */
    record Sample(long atMillis, long heapUsedBytes, double fullGcMs, long rssBytes, double cpuSeconds, double cachedPages) {
        Sample withCachedPages(double pages) {
            return new Sample(atMillis, heapUsedBytes, fullGcMs, rssBytes, cpuSeconds, pages);
        }
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    /** {@code num: #instances #bytes class-name (module)}. */
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;

    AppProcess(long pid) {
        this.pid = pid;
    }

    Sample sample() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        jcmd("GC.run");
        double fullGcMs = (System.nanoTime() - begin) / 1e6;
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IOException("jcmd GC.heap_info: no heap use in its answer");
        }
        return new Sample(System.currentTimeMillis(), Long.parseLong(used.group(1)) * 1024, fullGcMs, rss(), cpuSeconds(), Double.NaN);
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

    /** User and system CPU time of the process, in seconds. */
    double cpuSeconds() {
        return CpuShares.processSeconds(pid);
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
