package io.iton.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What readers ask for: article pages (many different ones, the popular ones more often: Zipf with
 * exponent 1 over the list, most popular first), the home page, and searches with varied Hebrew
 * queries (prefixed forms, both quote styles of an acronym, a defective spelling, Latin acronyms,
 * two-word queries, a typo, an article's number, a second result page).
 */
final class Mix {

    enum Kind { ARTICLE, HOME, SEARCH }

    record Target(Kind kind, String path) {
    }

    static final List<String> QUERIES = List.of(
            "רוסיה", "ברוסיה", "הקרמלין", "שהקרמלין", "צה\"ל", "צה״ל", "בצה\"ל", "ירושלים", "בירושלים",
            "ירושלם", "הריבית", "תקציב המדינה", "NATO", "HTS", "גשמים בצפון", "נבחרת ישראל", "הייטק",
            "מחירי הדיור", "שר הביטחון", "בטחון", "רכבת ישראל", "אוקראינה", "התיאטרון", "החורף",
            "משרד הבריאות", "וושינגטון", "הכנסת", "האינפלציה", "בגבול הצפון", "עומס");

    private final String[] articlePaths;
    private final double[] cumulative;
    private final int[] mix;

    private Mix(String[] articlePaths, int[] mix) {
        this.articlePaths = articlePaths;
        this.mix = mix;
        this.cumulative = new double[articlePaths.length];
        double sum = 0;
        for (int i = 0; i < articlePaths.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Reads {@code id<TAB>slug} lines, most popular first. */
    static Mix load(Path articles, int[] mix) throws IOException {
        String[] paths = Files.readAllLines(articles, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", 2))
                .map(f -> "/article/" + f[0] + "/" + encode(f[1]))
                .toArray(String[]::new);
        if (paths.length == 0) {
            throw new IllegalArgumentException(articles + " lists no articles");
        }
        return new Mix(paths, mix);
    }

    int articles() {
        return articlePaths.length;
    }

    Target next() {
        var random = ThreadLocalRandom.current();
        int roll = random.nextInt(mix[0] + mix[1] + mix[2]);
        if (roll < mix[0]) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return new Target(Kind.ARTICLE, articlePaths[Math.min(i < 0 ? -i - 1 : i, articlePaths.length - 1)]);
        }
        if (roll < mix[0] + mix[1]) {
            return new Target(Kind.HOME, "/");
        }
        return new Target(Kind.SEARCH, searchPath(random));
    }

    private static String searchPath(ThreadLocalRandom random) {
        int pick = random.nextInt(QUERIES.size() + 6);
        if (pick >= QUERIES.size() + 3) {
            return "/search?q=" + random.nextInt(1, 10_001); // one article's number in its title
        }
        String q = "/search?q=" + encode(QUERIES.get(pick % QUERIES.size()));
        return pick >= QUERIES.size() ? q + "&page=2" : q;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
