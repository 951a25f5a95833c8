package io.iton.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page cache's hits and misses so far and the pages it keeps now, from the app's Prometheus metrics (administrators only). */
record PageCacheCounts(double hits, double misses, double pages) {

    private static final Pattern GETS = Pattern.compile(
            "^cache_gets_total\\{[^}]*cache=\"pages\"[^}]*result=\"(hit|miss)\"[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE);
    private static final Pattern SIZE = Pattern.compile("^cache_size\\{[^}]*cache=\"pages\"[^}]*} ([0-9.E+]+)$", Pattern.MULTILINE);

    static PageCacheCounts read(HttpClient client, URI base, String user, String password)
            throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/prometheus")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + auth).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double hits = 0;
        double misses = 0;
        Matcher m = GETS.matcher(response.body());
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            if (m.group(1).equals("hit")) {
                hits += value;
            } else {
                misses += value;
            }
        }
        Matcher size = SIZE.matcher(response.body());
        return new PageCacheCounts(hits, misses, size.find() ? Double.parseDouble(size.group(1)) : Double.NaN);
    }

    PageCacheCounts minus(PageCacheCounts before) {
        return new PageCacheCounts(hits - before.hits, misses - before.misses, pages);
    }

    double hitRatio() {
        return hits + misses == 0 ? Double.NaN : hits / (hits + misses);
    }
}
