package io.iton.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor working during the load: each round creates an article through the API and publishes
 * it, then polls its page, the home page and a search for a word only it has, until each shows it.
 * The delay counts from the moment the publish request was acknowledged.
 */
final class Editor {

    /** One publish: the API's own time for create and publish, and how long until each place showed it (NaN: not within the limit). */
    record Round(long articleId, double publishMs, double articleMs, double homeMs, double searchMs) {
        double worstMs() {
            return Math.max(articleMs, Math.max(homeMs, searchMs));
        }
    }

    private static final Duration GIVE_UP = Duration.ofSeconds(20);
    /** Letters no Hebrew prefix rule strips, for a made-up word only one article has. */
    private static final String LETTERS = "אגדזחטסעפצקרת";

    private final HttpClient client;
    private final URI base;
    private final String authorization;
    private final long authorId;
    private final long categoryId;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Round> rounds = new ArrayList<>();
    private int published;

    Editor(HttpClient client, URI base, String user, String password, long authorId, long categoryId) {
        this.client = client;
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.authorId = authorId;
        this.categoryId = categoryId;
    }

    /** One round; a failure is a round that never showed, and the reason goes to stderr. */
    void publishOne() {
        String word = word(++published + 1000 * (System.currentTimeMillis() % 1000));
        try {
            long begin = System.nanoTime();
            JsonNode draft = call("POST", "/api/v1/articles", Map.of(
                    "title", "מבזק " + word + ": הממשלה אישרה את תוכנית החירום",
                    "subtitle", "עדכון שוטף של מערכת החדשות",
                    "body", "<p>הכתבה " + word + " פורסמה במהלך מבחן העומס.</p><p>ירושלים ותל אביב מגיבות.</p>",
                    "authorId", authorId, "categoryId", categoryId, "tags", List.of("ישראל")));
            long id = draft.get("id").asLong();
            String page = "/article/" + id + "/" + Mix.encode(draft.get("slug").asString());
            call("POST", "/api/v1/articles/" + id + "/publish", Map.of("version", draft.get("version").asLong()));
            long acknowledged = System.nanoTime();
            double[] shown = waitUntilShown(id, page, word, acknowledged);
            add(new Round(id, (acknowledged - begin) / 1e6, shown[0], shown[1], shown[2]));
        } catch (IOException | RuntimeException e) {
            System.err.println("editor: round " + published + " failed: " + e);
            add(new Round(-1, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void add(Round round) {
        rounds.add(round);
    }

    synchronized List<Round> rounds() {
        return List.copyOf(rounds);
    }

    private double[] waitUntilShown(long id, String page, String word, long acknowledged)
            throws IOException, InterruptedException {
        String link = "/article/" + id + "/";
        String[] paths = {page, "/", "/search?q=" + Mix.encode(word)};
        double[] shown = {Double.NaN, Double.NaN, Double.NaN};
        int left = 3;
        while (left > 0 && System.nanoTime() - acknowledged < GIVE_UP.toNanos()) {
            for (int i = 0; i < paths.length; i++) {
                if (Double.isNaN(shown[i]) && shows(paths[i], link, i == 0)) {
                    shown[i] = (System.nanoTime() - acknowledged) / 1e6;
                    left--;
                }
            }
            if (left > 0) {
                Thread.sleep(10);
            }
        }
        return shown;
    }

    /** The article's own page answers; the others link to it. */
    private boolean shows(String path, String link, boolean ownPage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (ownPage) {
            return response.statusCode() == 200;
        }
        return response.statusCode() == 200 && response.body().contains(link);
    }

    private JsonNode call(String method, String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private static String word(long n) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            word.append(LETTERS.charAt((int) (n % LETTERS.length())));
            n /= LETTERS.length();
        }
        return word.toString();
    }
}
