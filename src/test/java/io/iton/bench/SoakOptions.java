package io.iton.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The soak run's settings, as {@code key=value} arguments (bench/README.md lists them).
 *
 * @param base        the app's address
 * @param articles    a file of {@code id<TAB>slug} lines, most popular first
 * @param pid         the app's process, for {@code jcmd} and its RSS
 * @param out         where the report goes
 * @param warmup      closed-loop warm-up before the peak is measured
 * @param peak        how long the peak is measured
 * @param connections concurrent clients while the peak is measured
 * @param steady      how long the constant-rate load runs
 * @param fraction    the constant rate as a share of the peak
 * @param maxInFlight requests open at once during the constant-rate load (late ones wait, and their wait counts)
 * @param timeout     a request without an answer by then is an error
 * @param mix         article, home and search shares of the requests, in percent
 * @param publishEvery how often the editor publishes
 * @param user        a newsroom account that may publish (HTTP Basic on the API)
 * @param authorId    the byline of the editor's articles
 * @param categoryId  their category
 * @param label       the commit or build measured, for the report
 * @param heapOptions the app's heap and GC options, for the report
 * @param gcLog       the app's GC log ({@code -Xlog:gc}), where a forced collection's result is read
 * @param steps       how the open-loop peak is stepped up to ({@link OpenPeak}); null: the constant load
 *                    is a share of the closed-loop peak, as before 2026-11-30
 */
record SoakOptions(URI base, Path articles, long pid, Path out, Duration warmup, Duration peak, int connections,
                   Duration steady, double fraction, int maxInFlight, Duration timeout, int[] mix,
                   Duration publishEvery, String user, String password, long authorId, long categoryId,
                   String label, String heapOptions, Path gcLog, OpenPeak.Plan steps) {

    static SoakOptions parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            o.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String[] mix = o.getOrDefault("mix", "70,15,15").split(",");
        return new SoakOptions(URI.create(required(o, "base")), Path.of(required(o, "articles")),
                Long.parseLong(required(o, "pid")), Path.of(o.getOrDefault("out", "bench/results/soak.md")),
                seconds(o, "warmup", 120), seconds(o, "peak", 30), Integer.parseInt(o.getOrDefault("connections", "32")),
                seconds(o, "steady", 600), Double.parseDouble(o.getOrDefault("fraction", "0.8")),
                Integer.parseInt(o.getOrDefault("max-in-flight", "512")), seconds(o, "timeout", 10),
                new int[] {Integer.parseInt(mix[0]), Integer.parseInt(mix[1]), Integer.parseInt(mix[2])},
                seconds(o, "publish-every", 10), required(o, "user"), required(o, "password"),
                Long.parseLong(required(o, "author")), Long.parseLong(required(o, "category")),
                o.getOrDefault("label", "?"), o.getOrDefault("heap", "?"), Path.of(required(o, "gclog")),
                Boolean.parseBoolean(o.getOrDefault("open-peak", "true"))
                        ? new OpenPeak.Plan(Double.parseDouble(o.getOrDefault("step-from", "0.5")),
                                Double.parseDouble(o.getOrDefault("step-by", "0.1")), seconds(o, "step", 20),
                                Double.parseDouble(o.getOrDefault("step-p99-ms", "1000")))
                        : null);
    }

    private static String required(Map<String, String> o, String key) {
        String value = o.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=");
        }
        return value;
    }

    private static Duration seconds(Map<String, String> o, String key, int fallback) {
        return Duration.ofSeconds(Long.parseLong(o.getOrDefault(key, String.valueOf(fallback))));
    }
}
