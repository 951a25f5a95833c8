package io.iton.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.iton.ItonApplication;
import io.iton.shared.PageRequest;

/**
 * Search cost in CPU time, on a database {@link SearchBenchmark} generated and kept
 * ({@code bench/search.sh 20000 keep=true} prints its URL): starts the app on it, times one
 * {@code SearchIndexer.rebuild()} in process CPU time, then runs the benchmark's query mix
 * round after round on one thread and reports the thread CPU time per query (the mean of the
 * timed rounds, after untimed warm-up rounds), with each query's total and first hits, so that
 * two builds can be compared for speed and for sameness of results. CPU time, not wall time:
 * a shared machine stretches the second, not the first.
 *
 * <p>Run with {@code bench/search-cpu.sh JDBC-URL [warm-up rounds] [timed rounds] [data folder]} (H2
 * only). Given a data folder, it keeps the index there and times the queries only: the first such
 * run builds the index on start, the next ones find it (a changed schema builds it again).
 */
public final class SearchCpuProbe {

    private SearchCpuProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        // With a data folder given, the index there is kept for the next run and not rebuilt: queries only.
        boolean queriesOnly = args.length > 3;
        Path dataDir = queriesOnly ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("iton-probe-data-");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ItonApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--iton.data-dir=" + dataDir, "--iton.demo.enabled=false", "--server.port=0",
                        "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
                        "--logging.level.root=WARN", "--logging.level.io.iton.account.AdminBootstrap=ERROR");
        try {
            SearchIndexer indexer = app.getBean(SearchIndexer.class);
            Search search = app.getBean(Search.class);
            SearchIndex index = app.getBean(SearchIndex.class);

            // -Dprobe.rebuild=true: a timed rebuild even with a data folder (whose index the start found).
            if (!queriesOnly || Boolean.getBoolean("probe.rebuild")) {
                System.gc();
                long cpu0 = processCpuNanos();
                SearchIndexer.RebuildReport rebuild = indexer.rebuild();
                double rebuildCpu = (processCpuNanos() - cpu0) / 1e9;
                int segments = index.read(s -> s.getIndexReader().leaves().size());
                System.out.printf("rebuild: %d articles, %.1f s wall, %.1f s process CPU, %.3f ms CPU per article, %.1f MB, %d segments%n",
                        rebuild.articles(), rebuild.took().toMillis() / 1e3, rebuildCpu, rebuildCpu * 1e3 / rebuild.articles(),
                        rebuild.bytes() / 1e6, segments);
            }

            // -Dprobe.edits=40: that many articles indexed again one by one first, as live edits
            // are, each a segment of its own until Lucene merges them.
            int edits = Integer.getInteger("probe.edits", 0);
            long articles = indexer.documents();
            for (int id = 1; id <= edits; id++) {
                indexer.reindex(id * 997L % articles + 1);
            }
            System.out.printf("segments: %d (after %d edits)%n",
                    index.read(s -> s.getIndexReader().leaves().size()), edits);

            // -Dprobe.words=2: only the queries of that many words (to profile them alone).
            int words = Integer.getInteger("probe.words", 0);
            List<String> queries = SearchBenchmark.QUERIES.stream()
                    .filter(q -> words == 0 || q.split(" ").length == words).toList();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[][] cpu = new long[queries.size()][rounds];
            com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
            long allocated = 0;
            for (int round = -warmup; round < rounds; round++) {
                for (int q = 0; q < queries.size(); q++) {
                    long a0 = allocation.getCurrentThreadAllocatedBytes();
                    long c0 = threads.getCurrentThreadCpuTime();
                    search.search(SearchRequest.of(queries.get(q), PageRequest.first(10)));
                    if (round >= 0) {
                        cpu[q][round] = threads.getCurrentThreadCpuTime() - c0;
                        allocated += allocation.getCurrentThreadAllocatedBytes() - a0;
                    }
                }
            }
            double all = 0;
            double medians = 0;
            for (int q = 0; q < queries.size(); q++) {
                SearchResults r = search.search(SearchRequest.of(queries.get(q), PageRequest.first(10)));
                double mean = Arrays.stream(cpu[q]).average().orElse(0) / 1e6;
                double median = median(cpu[q]) / 1e6;
                all += mean;
                medians += median;
                System.out.printf("%-14s mean %6.3f ms, median %6.3f ms CPU; total %s%d%s; first %s%n", queries.get(q), mean,
                        median, r.totalIsAtLeast() ? ">=" : "", r.total(),
                        r.suggestion() == null ? "" : " (did you mean " + r.suggestion() + ")",
                        r.hits().stream().limit(5).map(h -> Long.toString(h.id())).toList());
            }
            System.out.printf("mean CPU per query over the mix: %.3f ms, of the medians %.3f ms (%d warm-up and %d timed rounds); %.0f KB allocated per query%n",
                    all / queries.size(), medians / queries.size(), warmup, rounds,
                    allocated / 1024.0 / queries.size() / rounds);

            // -Dprobe.clients=16: then the benchmark's closed-loop latency run at that many clients
            // (-Dprobe.queries, default 10,000), to try a change on a kept index without a new benchmark.
            int clients = Integer.getInteger("probe.clients", 0);
            if (clients > 0) {
                SearchBenchmark.Engine engine = SearchBenchmark.lucene(search);
                System.out.println(SearchBenchmark.warmUp(engine, clients, SearchBenchmark.WARMUP_ROUND,
                        SearchBenchmark.WARMUP_CAP).summary());
                SearchBenchmark.Measurement m = SearchBenchmark.measure("lucene", engine, clients,
                        Integer.getInteger("probe.queries", 10_000), Duration.ofSeconds(60));
                System.out.println(m.summary());
                for (int q = 0; q < SearchBenchmark.QUERIES.size(); q++) {
                    long[] nanos = m.forQuery(q);
                    System.out.printf("  %-14s p50 %6.2f ms, p99 %6.2f ms%n", SearchBenchmark.QUERIES.get(q),
                            SearchBenchmark.Measurement.percentileMs(nanos, 0.5), SearchBenchmark.Measurement.percentileMs(nanos, 0.99));
                }
            }
        } finally {
            app.close();
            if (!queriesOnly) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
        System.exit(0);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
