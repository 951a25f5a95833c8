package io.iton.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The soak benchmark (bench/soak.sh starts the app and calls this): finds the peak throughput of
 * the page mix, then holds a constant rate at a share of it for the steady time while an editor
 * publishes, sampling the app's heap after a full GC every minute. Not a test: nothing runs it
 * but the script.
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        SoakOptions o = SoakOptions.parse(args);
        Mix mix = Mix.load(o.articles(), o.mix());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(o.timeout()).build();
        Load load = new Load(client, o.base(), o.timeout());
        AppProcess app = new AppProcess(o.pid(), o.gcLog());
        CpuShares cpu = new CpuShares(o.pid());
        String loadBefore = loadAverage();

        // The editor publishes from the warm-up on: the peak is measured under the same publishing as the
        // constant load that runs at a fraction of it (each publish drops kept pages, which a peak measured
        // without publishing would not pay for).
        Editor editor = new Editor(client, o.base(), o.user(), o.password(), o.authorId(), o.categoryId());
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(3);
        long every = o.publishEvery().toMillis();
        timers.scheduleAtFixedRate(editor::publishOne, every, every, TimeUnit.MILLISECONDS);
        log("warming up for " + o.warmup().toSeconds() + " s at " + o.connections() + " connections");
        load.closed(mix, o.connections(), o.warmup(), new Latencies(System.nanoTime()));
        log("measuring the peak for " + o.peak().toSeconds() + " s");
        Latencies peak = new Latencies(System.nanoTime());
        CpuShares.Look peakStart = cpu.look();
        double peakRate = load.closed(mix, o.connections(), o.peak(), peak);
        CpuShares.Cores peakCores = CpuShares.Cores.between(peakStart, cpu.look());
        List<OpenPeak.Step> steps = List.of();
        if (o.steps() != null) {
            log(String.format("closed-loop peak %.0f req/s; stepping up an open loop from %.0f%% of it", peakRate,
                    o.steps().from() * 100));
            steps = OpenPeak.search(load, mix, peakRate, o.steps(), o.maxInFlight());
            steps.forEach(s -> log(String.format("  %.0f req/s: %.0f answered/s, p99 %.1f ms, %d errors, %s", s.rate(),
                    s.achieved(), s.p99Ms(), s.errors(), s.held() ? "held" : "not held")));
        }
        double held = OpenPeak.peak(steps, peakRate);
        double rate = held * o.fraction();
        log(String.format("peak %.0f req/s; constant load at %.0f req/s for %d s", held, rate, o.steady().toSeconds()));

        List<AppProcess.Sample> heap = Collections.synchronizedList(new ArrayList<>());
        Runnable sampleHeap = () -> sample(app, heap, () -> PageCacheCounts.read(client, o.base(), o.user(), o.password()));
        sampleHeap.run();
        Map<String, Long> classesBefore = app.histogram();
        int roundsBefore = editor.rounds().size();
        PageCacheCounts cacheBefore = PageCacheCounts.read(client, o.base(), o.user(), o.password());
        CpuShares.Look steadyStart = cpu.look();
        long start = System.nanoTime();
        Minutes minutes = new Minutes(cpu, steadyStart);
        timers.scheduleAtFixedRate(minutes::probe, 60, 60, TimeUnit.SECONDS);
        timers.scheduleAtFixedRate(sampleHeap, 60, 60, TimeUnit.SECONDS);
        Latencies steady = new Latencies(start);
        Load.Sent sent = load.open(mix, rate, o.steady(), o.maxInFlight(), start, steady);
        CpuShares.Cores steadyCores = CpuShares.Cores.between(steadyStart, cpu.look());
        PageCacheCounts cache = PageCacheCounts.read(client, o.base(), o.user(), o.password()).minus(cacheBefore);
        timers.shutdown();
        timers.awaitTermination(60, TimeUnit.SECONDS);
        sampleHeap.run();
        Map<String, Long> classGrowth = growth(classesBefore, app.histogram());

        List<Editor.Round> rounds = editor.rounds();
        var run = new Report.Run(o, mix.articles(), peakRate, peak, steps, sent, steady, List.copyOf(heap),
                rounds.subList(roundsBefore, rounds.size()), cache, minutes.list(), classGrowth, peakCores, steadyCores, loadBefore, loadAverage());
        String report = new Report(run).markdown();
        Files.writeString(o.out(), report);
        System.out.println(report);
        log("report written to " + o.out());
        System.exit(steady.errorCount() == 0 ? 0 : 2);
    }

    interface CacheRead {
        PageCacheCounts read() throws Exception;
    }

    private static void sample(AppProcess app, List<AppProcess.Sample> heap, CacheRead cache) {
        try {
            AppProcess.Sample sample = app.sample();
            heap.add(sample.withCachedPages(cache.read().pages()));
        } catch (Exception e) {
            System.err.println("heap sample failed: " + e);
        }
    }

    /** The classes whose live bytes changed most between two histograms, biggest change first. */
    static Map<String, Long> growth(Map<String, Long> before, Map<String, Long> after) {
        Set<String> classes = new HashSet<>(before.keySet());
        classes.addAll(after.keySet());
        Map<String, Long> change = new LinkedHashMap<>();
        classes.stream()
                .map(c -> Map.entry(c, after.getOrDefault(c, 0L) - before.getOrDefault(c, 0L)))
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> Math.abs(e.getValue())).reversed())
                .limit(12)
                .forEach(e -> change.put(e.getKey(), e.getValue()));
        return change;
    }

    /** The 1, 5 and 15 minute load averages of the machine. */
    static String loadAverage() throws java.io.IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + ", " + f[1] + ", " + f[2];
    }

    private static void log(String message) {
        System.err.println("[soak " + LocalTime.now().withNano(0) + "] " + message);
    }
}
