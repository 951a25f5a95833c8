package io.iton.search;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.iton.ItonApplication;
import io.iton.shared.PageRequest;
import io.iton.shared.Slug;
import io.iton.support.Postgres;
import io.iton.support.TestDb;

/**
 * The search benchmark (see {@code bench/README.md}): generates Hebrew articles straight into a
 * fresh database, starts the real application on it, times a full index rebuild, then measures
 * search latency at 1 and 16 concurrent clients for a fixed query mix, each beside the
 * WordPress-style baseline {@code title LIKE '%w%' OR body LIKE '%w%'} on the same database, in
 * the same run. Prints a markdown report and writes it to a file.
 *
 * <p>Not a test: nothing here asserts a time. Run it with {@code bench/search.sh [articles]}.
 * Options are {@code key=value} arguments or {@code -Dbench.key=value} system properties:
 * {@code articles} (100000), {@code words} (500), {@code db} (h2 | postgres), {@code out}
 * ({@code bench/results/search-latest.md}), {@code seed} (42), {@code clients} (1,16),
 * {@code lucene.max} (10000 queries per configuration) and {@code lucene.seconds} (60),
 * {@code warmup.max} (2000 queries a warm-up round) and {@code warmup.seconds} (120, the most a
 * warm-up may take; it ends sooner, once the JIT compiler has settled), {@code like.max} (60) and
 * {@code like.seconds} (60), {@code keep} (false: the database and index are deleted at the end),
 * {@code port} (0: any free one; the app listens there, but nothing calls it).
 */
public final class SearchBenchmark {

    // ------------------------------------------------------------------------------------------
    // The fixed query mix. Comments say what each one exercises; hit counts are in the report.
    // ------------------------------------------------------------------------------------------

    static final List<String> QUERIES = List.of(
            "ישראל",               // the most common content word
            "הממשלה",              // common
            "טרנסניסטריה",         // very rare: about 1 article in 10,000
            "רוסיה",               // medium
            "ברוסיה",              // prefixed form (ב + רוסיה)
            "שהקרמלין",            // prefixed twice (ש + ה + קרמלין), rare
            "מוסקבה",              // medium-rare
            "זלנסקי",              // rare name
            "צה\"ל",               // acronym, ASCII quote
            "צה״ל",                // acronym, Hebrew gershayim
            "בצה\"ל",              // prefixed acronym
            "ביטחון",              // full spelling
            "בטחון",               // defective spelling of the same word
            "HTS",                 // Latin acronym, rare
            "אוליגרכים",           // rare: about 1 article in 1,000
            "ראש הממשלה",          // two common words
            "נתניהו מוסקבה",       // two words, common and rare
            "שר האוצר",            // two words
            "הבורסה ריבית",        // two medium words
            "מוסקווה");            // a typo: no hit, so the did-you-mean path runs

    /** Words outside the Zipf ranks, put into an article's body with this chance each: the rare end. */
    private static final Map<String, Double> RARE = rare();

    private static Map<String, Double> rare() {
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("טרנסניסטריה", 0.0001);
        r.put("אוליגרכים", 0.001);
        return r;
    }

    /** Words pinned at a Zipf rank so that the query mix spans common to rare, whatever the seed. */
    private static final Map<String, Integer> PINNED = pinned();

    private static Map<String, Integer> pinned() {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("ישראל", 8);
        p.put("הממשלה", 25);
        p.put("נתניהו", 45);
        p.put("ראש", 30);
        p.put("שר", 60);
        p.put("ביטחון", 90);
        p.put("צה״ל", 110);
        p.put("רוסיה", 150);
        p.put("האוצר", 260);
        p.put("בצה״ל", 420);
        p.put("NATO", 500);
        p.put("ברוסיה", 600);
        p.put("הבורסה", 700);
        p.put("מוסקבה", 800);
        p.put("ריבית", 950);
        p.put("בטחון", 1500);
        p.put("זלנסקי", -40);     // negative: counted from the rarest end
        p.put("HTS", -25);
        p.put("שהקרמלין", -10);
        return p;
    }

    // ------------------------------------------------------------------------------------------
    // Options
    // ------------------------------------------------------------------------------------------

    record Options(int articles, int words, String db, Path out, long seed, List<Integer> clients,
                   int luceneMax, Duration luceneTime, int warmupMax, Duration warmupTime,
                   int likeMax, Duration likeTime, boolean keep, int port) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench."))
                    .forEach(k -> given.put(k.substring("bench.".length()), System.getProperty(k)));
            for (String arg : args) {
                String a = arg.startsWith("--") ? arg.substring(2) : arg;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    given.put(a.substring(0, eq), a.substring(eq + 1));
                } else if (a.matches("\\d+")) {
                    given.put("articles", a);
                } else if (!a.isBlank()) {
                    throw new IllegalArgumentException("unknown argument " + arg + " (use key=value; see the class comment)");
                }
            }
            String db = given.getOrDefault("db", "h2").toLowerCase(Locale.ROOT);
            if (!db.equals("h2") && !db.equals("postgres")) {
                throw new IllegalArgumentException("db must be h2 or postgres, not " + db);
            }
            List<Integer> clients = Arrays.stream(given.getOrDefault("clients", "1,16").split(","))
                    .map(String::strip).map(Integer::parseInt).toList();
            return new Options(
                    Integer.parseInt(given.getOrDefault("articles", "100000")),
                    Integer.parseInt(given.getOrDefault("words", "500")),
                    db,
                    Path.of(given.getOrDefault("out", "bench/results/search-latest.md")),
                    Long.parseLong(given.getOrDefault("seed", "42")),
                    clients,
                    Integer.parseInt(given.getOrDefault("lucene.max", "10000")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("lucene.seconds", "60"))),
                    Integer.parseInt(given.getOrDefault("warmup.max", Integer.toString(WARMUP_ROUND))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup.seconds", Long.toString(WARMUP_CAP.toSeconds())))),
                    Integer.parseInt(given.getOrDefault("like.max", "60")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("like.seconds", "60"))),
                    Boolean.parseBoolean(given.getOrDefault("keep", "false")),
                    Integer.parseInt(given.getOrDefault("port", "0")));
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int status = 0;
        try {
            new SearchBenchmark(options).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The application's scheduler and pools are closed with the context; exit plainly anyway.
        System.exit(status);
    }

    private final Options options;
    private final Random random;

    private SearchBenchmark(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    private static void progress(String message) {
        System.err.printf("[bench %s] %s%n", java.time.LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), message);
    }

    // ------------------------------------------------------------------------------------------
    // The run
    // ------------------------------------------------------------------------------------------

    private void run() throws Exception {
        Instant started = Instant.now();
        Path dataDir = Files.createTempDirectory("iton-bench-data-");
        Database db = options.db().equals("h2") ? Database.h2() : Database.postgres();
        progress("database " + db.url + ", data folder " + dataDir);
        ConfigurableApplicationContext app = null;
        // Stopped part-way (Ctrl-C, kill), the run still closes the app and deletes what it made.
        AtomicReference<ConfigurableApplicationContext> running = new AtomicReference<>();
        AtomicBoolean cleaned = new AtomicBoolean();
        Runnable cleanUp = () -> {
            if (cleaned.compareAndSet(false, true)) {
                ConfigurableApplicationContext context = running.get();
                if (context != null) {
                    context.close();
                }
                if (!options.keep()) {
                    db.drop();
                    try {
                        FileSystemUtils.deleteRecursively(dataDir);
                    } catch (IOException e) {
                        progress("could not delete " + dataDir + ": " + e);
                    }
                } else {
                    progress("kept: " + db.url + " and " + dataDir);
                }
            }
        };
        Thread onExit = new Thread(cleanUp, "bench-clean-up");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            app = start(db, dataDir);
            running.set(app);
            SearchIndexer indexer = app.getBean(SearchIndexer.class);
            Search search = app.getBean(Search.class);
            SearchIndex index = app.getBean(SearchIndex.class);
            DataSource dataSource = app.getBean(DataSource.class);
            checkSanitizerAgrees(app);

            // 1. Data, straight into the tables the app just migrated.
            Vocabulary vocabulary = Vocabulary.build(random);
            progress("vocabulary: " + vocabulary.size() + " word forms; generating " + options.articles() + " articles");
            Generated generated;
            try (Connection c = dataSource.getConnection()) {
                generated = new Generator(vocabulary, random, options.words()).insert(c, options.articles());
            }
            progress(String.format("inserted in %.1f s (%.1f MB of body HTML); analyzing", generated.insertSeconds,
                    generated.bodyChars * 2 / 1e6));
            long analyzeStart = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(db.h2 ? "ANALYZE" : "VACUUM ANALYZE");
            }
            double analyzeSeconds = (System.nanoTime() - analyzeStart) / 1e9;

            // 2. A clean full build: the index is empty (the start-up repair found no article).
            progress("rebuilding the index");
            System.gc();
            long rebuildCpu = processCpuNanos();
            SearchIndexer.RebuildReport rebuild = indexer.rebuild();
            rebuildCpuSeconds = (processCpuNanos() - rebuildCpu) / 1e9;
            int segments = index.read(s -> s.getIndexReader().leaves().size());
            int indexedDocs = index.read(s -> s.getIndexReader().numDocs());
            progress(String.format("rebuilt: %d articles in %.1f s, %.1f MB, %d segments", rebuild.articles(),
                    rebuild.took().toMillis() / 1e3, rebuild.bytes() / 1e6, segments));

            // 3. What each query finds, once, before any timing.
            List<QueryFacts> facts = new ArrayList<>();
            for (String q : QUERIES) {
                SearchResults r = search.search(SearchRequest.of(q, PageRequest.first(10)));
                facts.add(new QueryFacts(q, r.total(), r.totalIsAtLeast(), r.hits().size(), r.suggestion()));
            }
            if (facts.get(0).total() == 0) {
                throw new IllegalStateException("the most common word finds nothing: the index is not what was generated");
            }

            // 4. Lucene: warm-up, then each client count.
            Engine lucene = lucene(search);
            progress("Lucene warm-up");
            WarmUp warmup = warmUp(lucene, Collections.max(options.clients()), options.warmupMax(), options.warmupTime());
            progress(warmup.summary());
            Map<Integer, Measurement> luceneRuns = new LinkedHashMap<>();
            for (int clients : options.clients()) {
                progress("Lucene at " + clients + " client(s)");
                Measurement m = measure("lucene", lucene, clients, options.luceneMax(), options.luceneTime());
                luceneRuns.put(clients, m);
                progress(m.summary());
            }

            // 5. The baseline: LIKE '%w%' on the same database, each client on its own connection.
            Engine like = () -> new LikeWorker(db.connect());
            progress("LIKE warm-up (2 untimed queries)");
            measure("like-warmup", like, 1, 2, Duration.ofMinutes(10));
            Map<Integer, Measurement> likeRuns = new LinkedHashMap<>();
            for (int clients : options.clients()) {
                progress("LIKE at " + clients + " client(s)");
                Measurement m = measure("like", like, clients, options.likeMax(), options.likeTime());
                likeRuns.put(clients, m);
                progress(m.summary());
            }

            likePlan = explain(db);
            String report = report(started, db, generated, analyzeSeconds, vocabulary, rebuild, segments, indexedDocs,
                    facts, warmup, luceneRuns, likeRuns);
            System.out.println(report);
            Path out = options.out().toAbsolutePath();
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            progress("report written to " + out);
        } finally {
            cleanUp.run();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // already running, and finding nothing left to do
            }
        }
    }

    private String likePlan = "";
    private double rebuildCpuSeconds;
    private final String loadAtStart = loadAverage();

    /** CPU time of this whole process, every thread: what a rebuild costs however busy the machine is. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The 1-, 5- and 15-minute load averages: above the number of cores, others were competing for them. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String explain(Database db) {
        String sql = LikeWorker.sql(1).replace("?", "'%" + QUERIES.get(5) + "%'");
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
            return plan.toString().strip();
        } catch (SQLException e) {
            return "(EXPLAIN failed: " + e.getMessage() + ")";
        }
    }

    private ConfigurableApplicationContext start(Database db, Path dataDir) {
        progress("starting the application (migrations run on start)");
        // Command-line arguments, so they win over application.properties and the environment.
        List<String> args = List.of(
                "--spring.datasource.url=" + db.url,
                "--spring.datasource.username=" + db.user,
                "--spring.datasource.password=",
                "--iton.data-dir=" + dataDir,
                "--iton.demo.enabled=false",
                // The security configuration needs the servlet stack (HttpSecurity), so the app
                // starts as in production, on a free port that nothing calls.
                "--server.port=" + options.port(),
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.level.root=WARN",
                "--logging.level.io.iton.account.AdminBootstrap=ERROR");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ItonApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
        String url = app.getEnvironment().getProperty("spring.datasource.url");
        if (!db.url.equals(url)) {
            app.close();
            throw new IllegalStateException("the app would use " + url + ", not the benchmark database");
        }
        return app;
    }

    /** The generated bodies are stored as the app's sanitizer would store them: check on a sample. */
    private void checkSanitizerAgrees(ConfigurableApplicationContext app) throws Exception {
        Class<?> type = Class.forName("io.iton.article.BodySanitizer");
        Object sanitizer = app.getBean(type);
        Method sanitize = type.getDeclaredMethod("sanitize", String.class);
        sanitize.setAccessible(true);
        Vocabulary v = Vocabulary.build(new Random(options.seed() + 1));
        Generator g = new Generator(v, new Random(options.seed() + 1), 200);
        for (int i = 0; i < 50; i++) {
            String body = g.body();
            Object clean = sanitize.invoke(sanitizer, body);
            if (!body.equals(clean)) {
                throw new IllegalStateException("the sanitizer would store a generated body differently:\n" + body
                        + "\n---\n" + clean);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Databases
    // ------------------------------------------------------------------------------------------

    private static final class Database {
        final boolean h2;
        final String url;
        final String user;
        final Path h2Folder;
        final String pgName;

        private Database(boolean h2, String url, String user, Path h2Folder, String pgName) {
            this.h2 = h2;
            this.url = url;
            this.user = user;
            this.h2Folder = h2Folder;
            this.pgName = pgName;
        }

        static Database h2() throws IOException {
            Path folder = Files.createTempDirectory("iton-bench-h2-");
            return new Database(true, "jdbc:h2:file:" + folder.resolve("iton") + TestDb.H2_OPTIONS, "sa", folder, null);
        }

        static Database postgres() {
            String name = Postgres.createDatabase();
            return new Database(false, Postgres.url(name), Postgres.USER, null, name);
        }

        /** A connection of its own, outside the application's pool (in the same JVM, H2 shares the database). */
        Connection connect() throws SQLException {
            // IFEXISTS: a connection made while the run is being stopped must not create a new, empty database.
            return DriverManager.getConnection(h2 ? url + ";IFEXISTS=TRUE" : url, user, "");
        }

        void drop() {
            try {
                if (h2) {
                    FileSystemUtils.deleteRecursively(h2Folder);
                } else {
                    Postgres.dropDatabase(pgName);
                }
            } catch (IOException | RuntimeException e) {
                progress("could not drop the benchmark database: " + e);
            }
        }

        String describe() {
            try (Connection c = connect()) {
                var md = c.getMetaData();
                return md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()
                        + (h2 ? " (file mode, " + TestDb.H2_OPTIONS.substring(1).replace(";", ", ") + ")" : "");
            } catch (SQLException e) {
                return h2 ? "H2" : "PostgreSQL";
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Vocabulary: real words from the demo content, plus prefixed forms, spelling variants,
    // acronyms in both quote styles, Latin acronyms; ranked for a Zipf-like frequency.
    // ------------------------------------------------------------------------------------------

    static final class Vocabulary {

        private static final Pattern HEBREW_WORD = Pattern.compile("[\u05D0-\u05EA]+(?:[\"\u05F4'\u05F3][\u05D0-\u05EA]+)?");
        private static final Pattern LATIN_ACRONYM = Pattern.compile("\\b[A-Z]{2,6}\\b");
        private static final List<String> PREFIXES = List.of("ו", "ה", "ב", "כ", "ל", "מ", "ש", "וה", "שה", "וב",
                "ול", "מה", "כש", "שב", "ומ", "לכש");
        private static final List<String> ACRONYMS = List.of("צה״ל", "רמטכ״ל", "מנכ״ל", "ארה״ב", "בג״ץ", "יו״ר",
                "ח״כ", "שב״כ", "אג״ח", "מע״מ", "דו״ח", "עו״ד", "ש״ח", "מד״א", "או״ם", "תנ״ך", "רה״מ", "מצה״ל",
                "לצה״ל", "בצה״ל", "ויו״ר", "הרמטכ״ל", "המנכ״ל", "בארה״ב", "מארה״ב", "ג׳יהאד", "צ׳יפס");
        private static final List<String> LATIN = List.of("HTS", "NATO", "AI", "IDF", "UN", "GDP", "CEO", "IPO",
                "NASDAQ", "OPEC", "FBI", "CIA", "EU", "IMF", "OECD", "S&P", "USD", "NBA", "UEFA", "FIFA");
        /** Full spelling and its defective form, both in use. */
        private static final List<String[]> SPELLINGS = List.of(
                new String[] {"ביטחון", "בטחון"}, new String[] {"ביטחוני", "בטחוני"}, new String[] {"הביטחון", "הבטחון"},
                new String[] {"שיתוף", "שתוף"}, new String[] {"תיאום", "תאום"}, new String[] {"ביקור", "בקור"},
                new String[] {"מיליון", "מליון"}, new String[] {"מיליארד", "מליארד"}, new String[] {"קיבוץ", "קבוץ"},
                new String[] {"סיכון", "סכון"}, new String[] {"שיפור", "שפור"}, new String[] {"תיקון", "תקון"},
                new String[] {"דיון", "דון"}, new String[] {"חיזוק", "חזוק"}, new String[] {"פיתוח", "פתוח"});
        /** Words the query mix needs that the demo text may lack. */
        private static final List<String> EXTRA = List.of("הקרמלין", "שהקרמלין", "קרמלין", "זלנסקי", "ריבית",
                "הבורסה", "האוצר", "ברוסיה", "מוסקבה", "במוסקבה", "לאומי", "הבינלאומי", "טראמפ", "פוטין");

        final List<String> words;
        final double[] cdf;

        private Vocabulary(List<String> words, double exponent) {
            this.words = words;
            this.cdf = new double[words.size()];
            double sum = 0;
            for (int r = 0; r < words.size(); r++) {
                sum += 1 / Math.pow(r + 1, exponent);
                cdf[r] = sum;
            }
            for (int r = 0; r < cdf.length; r++) {
                cdf[r] /= sum;
            }
            cdf[cdf.length - 1] = 1.0;
        }

        int size() {
            return words.size();
        }

        String next(Random random) {
            int i = Arrays.binarySearch(cdf, random.nextDouble());
            return words.get(i >= 0 ? i : Math.min(-i - 1, words.size() - 1));
        }

        /** A word of at least three letters from the middle ranks, for titles and tags. */
        String contentWord(Random random) {
            while (true) {
                String w = next(random);
                if (w.length() >= 3) {
                    return w;
                }
            }
        }

        static Vocabulary build(Random random) throws IOException {
            // Real words, ranked by how often the demo content uses them.
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String file : List.of("/demo/seed-article.json", "/demo/demo-content.json")) {
                String text = demoText(file);
                Matcher m = HEBREW_WORD.matcher(text);
                while (m.find()) {
                    counts.merge(toGershayim(m.group()), 1, Integer::sum);
                }
                Matcher latin = LATIN_ACRONYM.matcher(text);
                while (latin.find()) {
                    counts.merge(latin.group(), 1, Integer::sum);
                }
            }
            List<String> ranked = new ArrayList<>(counts.keySet());
            ranked.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
            Set<String> seen = new LinkedHashSet<>(ranked);
            List<String> words = new ArrayList<>(ranked);

            // Prefixed forms of real words, spread over the ranks below their base word.
            List<String> bases = new ArrayList<>(ranked.subList(0, Math.min(1200, ranked.size())));
            for (String base : bases) {
                if (base.length() < 3 || !isHebrew(base)) {
                    continue;
                }
                int forms = 1 + random.nextInt(2);
                for (int f = 0; f < forms; f++) {
                    String form = PREFIXES.get(random.nextInt(PREFIXES.size())) + base;
                    if (seen.add(form)) {
                        insertBelow(words, form, words.indexOf(base), random);
                    }
                }
            }
            // Defective spellings beside full ones; acronyms; Latin; words the mix needs.
            for (String[] pair : SPELLINGS) {
                for (String w : pair) {
                    if (seen.add(w)) {
                        insertBelow(words, w, words.size() / 10, random);
                    }
                }
            }
            for (List<String> list : List.of(ACRONYMS, LATIN, EXTRA)) {
                for (String w : list) {
                    if (seen.add(w)) {
                        insertBelow(words, w, words.size() / 20, random);
                    }
                }
            }
            // Pin the query mix's words at fixed ranks.
            for (Map.Entry<String, Integer> pin : PINNED.entrySet()) {
                words.remove(pin.getKey());
                int rank = pin.getValue() > 0 ? pin.getValue() - 1 : words.size() + pin.getValue() + 1;
                words.add(Math.max(0, Math.min(rank, words.size())), pin.getKey());
            }
            return new Vocabulary(List.copyOf(words), 1.0);
        }

        private static void insertBelow(List<String> words, String word, int from, Random random) {
            int lo = Math.max(0, from + 1);
            int at = lo + random.nextInt(Math.max(1, words.size() - lo + 1));
            words.add(Math.min(at, words.size()), word);
        }

        private static String demoText(String resource) throws IOException {
            try (InputStream in = SearchBenchmark.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing resource " + resource);
                }
                String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // JSON escapes and HTML tags out; what is left is text enough for a word list.
                return json.replace("\\\"", "\"").replace("\\n", " ").replaceAll("<[^>]*>", " ");
            }
        }

        private static String toGershayim(String w) {
            return w.replace('"', '\u05F4').replace('\'', '\u05F3');
        }

        private static boolean isHebrew(String w) {
            return !w.isEmpty() && w.charAt(0) >= '\u05D0' && w.charAt(0) <= '\u05EA';
        }
    }

    // ------------------------------------------------------------------------------------------
    // Data generation and insert
    // ------------------------------------------------------------------------------------------

    record Generated(int articles, long bodyChars, long words, int authors, int categories, int tags,
                     long articleTags, double generateSeconds, double insertSeconds) {
    }

    private static final String[][] CATEGORIES = {
            {"politics", "מדיני"}, {"security", "ביטחון"}, {"world", "העולם"}, {"economy", "כלכלה"},
            {"טכנולוגיה", "טכנולוגיה"}, {"culture", "תרבות"}, {"sport", "ספורט"}};
    private static final List<String> FIRST_NAMES = List.of("דנה", "אמיר", "מיכל", "עידו", "יעל", "רונן", "נועה",
            "איתי", "שירה", "אורי", "טל", "גלעד", "הילה", "יואב", "מאיה", "עומר", "ליאור", "רותם", "אבי", "ענת");
    private static final List<String> LAST_NAMES = List.of("לוי", "שטרן", "אברבנאל", "גלעדי", "כהן", "מזרחי",
            "פרץ", "ביטון", "אזולאי", "פרידמן", "רוזן", "קפלן", "אלון", "ברק", "שגיא");

    static final class Generator {
        private static final int BATCH = 500;
        private static final Duration SPREAD = Duration.ofDays(730);

        private final Vocabulary vocabulary;
        private final Random random;
        private final int wordsPerArticle;
        private long wordsWritten;

        Generator(Vocabulary vocabulary, Random random, int wordsPerArticle) {
            this.vocabulary = vocabulary;
            this.random = random;
            this.wordsPerArticle = wordsPerArticle;
        }

        /** One word as a writer types it: acronyms in either quote style, sometimes a number. */
        private String word() {
            wordsWritten++;
            int roll = random.nextInt(1000);
            if (roll < 12) {
                return Integer.toString(2015 + random.nextInt(12));
            } else if (roll < 20) {
                return Integer.toString(1 + random.nextInt(999));
            } else if (roll < 24) {
                return (1 + random.nextInt(20)) + "." + random.nextInt(10) + "%";
            }
            String w = vocabulary.next(random);
            if (w.indexOf('\u05F4') >= 0 && random.nextBoolean()) {
                w = w.replace('\u05F4', '"');
            } else if (w.indexOf('\u05F3') >= 0 && random.nextBoolean()) {
                w = w.replace('\u05F3', '\'');
            }
            return w;
        }

        private String words(int n) {
            StringBuilder s = new StringBuilder(n * 7);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    s.append(' ');
                }
                s.append(word());
            }
            return s.toString();
        }

        /** {@code <p>} paragraphs of sentences, escaped as the app's sanitizer stores text. */
        String body() {
            Map<Integer, String> rare = new HashMap<>();
            RARE.forEach((word, chance) -> {
                if (random.nextDouble() < chance) {
                    rare.put(random.nextInt(wordsPerArticle), word);
                }
            });
            StringBuilder html = new StringBuilder(wordsPerArticle * 8);
            int left = wordsPerArticle;
            while (left > 0) {
                int paragraph = Math.min(left, 40 + random.nextInt(50));
                left -= paragraph;
                html.append("<p>");
                int inSentence = 0;
                int sentence = 8 + random.nextInt(14);
                for (int i = 0; i < paragraph; i++) {
                    if (inSentence > 0) {
                        html.append(random.nextInt(12) == 0 ? ", " : " ");
                    }
                    String w = word();
                    String r = rare.get(wordsPerArticle - left - paragraph + i);
                    html.append((r != null ? r : w).replace("&", "&amp;").replace("\"", "&#34;").replace("'", "&#39;"));
                    if (++inSentence == sentence || i == paragraph - 1) {
                        html.append('.');
                        if (i < paragraph - 1) {
                            html.append(' ');
                        }
                        inSentence = 0;
                        sentence = 8 + random.nextInt(14);
                    }
                }
                html.append("</p>");
            }
            return html.toString();
        }

        String title() {
            StringBuilder s = new StringBuilder();
            int n = 6 + random.nextInt(7);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    s.append(i == n / 2 && random.nextInt(3) == 0 ? ": " : " ");
                }
                s.append(i < 2 ? vocabulary.contentWord(random) : word());
            }
            return s.toString();
        }

        Generated insert(Connection c, int articleCount) throws SQLException {
            long start = System.nanoTime();
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            OffsetDateTime created = OffsetDateTime.ofInstant(now.minus(SPREAD).minus(Duration.ofDays(30)), ZoneOffset.UTC);

            // Authors, categories, tags.
            int authors = 60;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO author (id, slug, display_name, bio, created_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= authors; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "author-" + i);
                    ps.setString(3, FIRST_NAMES.get(i % FIRST_NAMES.size()) + " "
                            + LAST_NAMES.get((i / FIRST_NAMES.size() + i) % LAST_NAMES.size()));
                    ps.setString(4, words(20));
                    ps.setObject(5, created);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO category (id, slug, name, description, featured,"
                    + " menu_order) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < CATEGORIES.length; i++) {
                    ps.setLong(1, i + 1);
                    ps.setString(2, CATEGORIES[i][0]);
                    ps.setString(3, CATEGORIES[i][1]);
                    ps.setString(4, words(12));
                    ps.setBoolean(5, i < 4);
                    ps.setInt(6, i + 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<String> tagNames = new ArrayList<>();
            Set<String> tagSlugs = new HashSet<>();
            while (tagNames.size() < 200) {
                String name = random.nextInt(5) == 0
                        ? vocabulary.contentWord(random) + " " + vocabulary.contentWord(random)
                        : vocabulary.contentWord(random);
                String slug = Slug.from(name);
                if (!slug.isEmpty() && tagSlugs.add(slug)) {
                    tagNames.add(name);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (id, slug, name) VALUES (?, ?, ?)")) {
                for (int i = 0; i < tagNames.size(); i++) {
                    ps.setLong(1, i + 1);
                    ps.setString(2, Slug.from(tagNames.get(i)));
                    ps.setString(3, tagNames.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();

            // Articles and their tags: made on a thread of their own, in the order the seed gives,
            // and inserted in batches on this one, so generating and inserting overlap.
            long bodyChars = 0;
            long articleTags = 0;
            Rows rows = new Rows(this, articleCount, tagNames.size(), authors, now);
            Thread maker = Thread.ofPlatform().name("bench-generate").start(rows);
            try (PreparedStatement article = c.prepareStatement("""
                    INSERT INTO article (id, slug, title, subtitle, body, author_id, category_id, status,
                                         published_at, updated_at, created_at, sponsored, sponsor_name, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, FALSE, NULL, 0)""");
                 PreparedStatement tag = c.prepareStatement(
                         "INSERT INTO article_tag (article_id, tag_id, sort_order) VALUES (?, ?, ?)")) {
                for (List<Row> batch = rows.take(); !batch.isEmpty(); batch = rows.take()) {
                    for (Row row : batch) {
                        article.setLong(1, row.id());
                        article.setString(2, row.slug());
                        article.setString(3, row.title());
                        article.setString(4, row.subtitle());
                        article.setString(5, row.body());
                        article.setLong(6, row.authorId());
                        article.setLong(7, row.categoryId());
                        article.setObject(8, OffsetDateTime.ofInstant(row.published(), ZoneOffset.UTC));
                        article.setObject(9, OffsetDateTime.ofInstant(row.published(), ZoneOffset.UTC));
                        article.setObject(10, OffsetDateTime.ofInstant(row.created(), ZoneOffset.UTC));
                        article.addBatch();
                        int order = 0;
                        for (int t : row.tags()) {
                            tag.setLong(1, row.id());
                            tag.setLong(2, t);
                            tag.setInt(3, order++);
                            tag.addBatch();
                            articleTags++;
                        }
                        bodyChars += row.body().length();
                        if (row.id() % 10_000 == 0) {
                            progress(String.format("  %,d articles", row.id()));
                        }
                    }
                    article.executeBatch();
                    tag.executeBatch();
                    c.commit();
                }
            } finally {
                maker.interrupt();
            }
            rows.rethrow();
            // Identity columns continue after the explicit ids, should the app create anything.
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE author ALTER COLUMN id RESTART WITH " + (authors + 1));
                s.execute("ALTER TABLE category ALTER COLUMN id RESTART WITH " + (CATEGORIES.length + 1));
                s.execute("ALTER TABLE tag ALTER COLUMN id RESTART WITH " + (tagNames.size() + 1));
                s.execute("ALTER TABLE article ALTER COLUMN id RESTART WITH " + (articleCount + 1));
            }
            c.commit();
            c.setAutoCommit(autoCommit);
            double total = (System.nanoTime() - start) / 1e9;
            return new Generated(articleCount, bodyChars, wordsWritten, authors, CATEGORIES.length, tagNames.size(),
                    articleTags, rows.generateNanos / 1e9, total);
        }

        /** One article as it is inserted. */
        record Row(long id, String slug, String title, String subtitle, String body, long authorId, long categoryId,
                   Instant published, Instant created, Set<Integer> tags) {
        }

        /** Makes the articles in the seed's order, a batch at a time, a few batches ahead of the inserts. */
        static final class Rows implements Runnable {
            private final Generator generator;
            private final int articleCount;
            private final double[] tagCdf;
            private final int authors;
            private final Instant now;
            private final java.util.concurrent.BlockingQueue<List<Row>> ready = new java.util.concurrent.ArrayBlockingQueue<>(8);
            private volatile Throwable failure;
            volatile long generateNanos;

            Rows(Generator generator, int articleCount, int tags, int authors, Instant now) {
                this.generator = generator;
                this.now = now;
                this.articleCount = articleCount;
                this.tagCdf = zipf(tags, 1.0);
                this.authors = authors;
            }

            @Override
            public void run() {
                try {
                    List<Row> batch = new ArrayList<>(BATCH);
                    for (int id = 1; id <= articleCount; id++) {
                        long g = System.nanoTime();
                        batch.add(generator.row(id, now, tagCdf, authors));
                        generateNanos += System.nanoTime() - g;
                        if (batch.size() == BATCH || id == articleCount) {
                            ready.put(batch);
                            batch = new ArrayList<>(BATCH);
                        }
                    }
                    ready.put(List.of());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure = e;
                    ready.offer(List.of());
                }
            }

            /** The next batch; empty at the end. */
            List<Row> take() {
                try {
                    return ready.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while generating articles", e);
                }
            }

            void rethrow() {
                if (failure != null) {
                    throw new IllegalStateException("generating articles failed", failure);
                }
            }
        }

        /** One article, its random draws in the same order as ever, so a seed gives the same articles. */
        Row row(long id, Instant now, double[] tagCdf, int authors) {
            String title = title();
            String subtitle = words(12 + random.nextInt(10));
            String body = body();
            Instant published = now.minusSeconds((long) (random.nextDouble() * SPREAD.toSeconds()));
            int tagCount = 1 + random.nextInt(5);
            Set<Integer> tags = new LinkedHashSet<>();
            while (tags.size() < tagCount) {
                int t = Arrays.binarySearch(tagCdf, random.nextDouble());
                tags.add((t >= 0 ? t : Math.min(-t - 1, tagCdf.length - 1)) + 1);
            }
            String slug = Slug.from(title);
            long authorId = 1 + random.nextInt(authors);
            long categoryId = 1 + random.nextInt(CATEGORIES.length);
            Instant created = published.minusSeconds(600 + random.nextInt(7200));
            return new Row(id, slug.isEmpty() ? "article-" + id : slug, title, subtitle, body, authorId, categoryId,
                    published, created, tags);
        }

        private static double[] zipf(int n, double exponent) {
            double[] cdf = new double[n];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += 1 / Math.pow(r + 1, exponent);
                cdf[r] = sum;
            }
            for (int r = 0; r < n; r++) {
                cdf[r] /= sum;
            }
            cdf[n - 1] = 1.0;
            return cdf;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Measuring
    // ------------------------------------------------------------------------------------------

    /** Makes one worker per client thread; a worker runs one query and answers its hit count. */
    /** Lucene as the /search page calls it: query, count, first page with snippets. */
    static Engine lucene(Search search) {
        return () -> q -> search.search(SearchRequest.of(q, PageRequest.first(10))).hits().size();
    }

    interface Engine {
        Worker open() throws Exception;
    }

    interface Worker extends AutoCloseable {
        int run(String query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** The WordPress-style query: every word in the title or the body, as {@code LIKE '%word%'}. */
    static final class LikeWorker implements Worker {
        private final Connection connection;
        private final Map<Integer, PreparedStatement> statements = new HashMap<>();

        LikeWorker(Connection connection) {
            this.connection = connection;
        }

        static String sql(int words) {
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < words; i++) {
                where.append(i > 0 ? " AND " : "").append("(title LIKE ? OR body LIKE ?)");
            }
            return "SELECT id FROM article WHERE status = 'PUBLISHED' AND (" + where
                    + ") ORDER BY published_at DESC LIMIT 10";
        }

        @Override
        public int run(String query) throws SQLException {
            String[] words = query.strip().split("\\s+");
            PreparedStatement ps = statements.get(words.length);
            if (ps == null) {
                ps = connection.prepareStatement(sql(words.length));
                statements.put(words.length, ps);
            }
            for (int i = 0; i < words.length; i++) {
                ps.setString(2 * i + 1, "%" + words[i] + "%");
                ps.setString(2 * i + 2, "%" + words[i] + "%");
            }
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            connection.close();
        }
    }

    /**
     * Latencies of one configuration, in the order the queries were taken from the mix;
     * {@code jitMillis} is the time the JIT compiler spent compiling meanwhile (on a 2-CPU
     * machine, time a core did not serve queries).
     */
    record Measurement(String engine, int clients, long[] nanos, long[] cpuNanos, int[] query, int[] rows,
                       double wallSeconds, boolean stoppedByTime, long jitMillis) {

        /** CPU time the client threads spent per query (their own time only: no waiting, no other process). */
        double cpuMsPerQuery() {
            return count() == 0 ? Double.NaN : Arrays.stream(cpuNanos).sum() / 1e6 / count();
        }

        int count() {
            return nanos.length;
        }

        double qps() {
            return wallSeconds > 0 ? count() / wallSeconds : 0;
        }

        double percentileMs(double p) {
            return percentileMs(nanos, p);
        }

        static double percentileMs(long[] nanos, double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        long[] forQuery(int q) {
            return java.util.stream.IntStream.range(0, nanos.length).filter(i -> query[i] == q)
                    .mapToLong(i -> nanos[i]).toArray();
        }

        int rowsOf(int q) {
            for (int i = 0; i < query.length; i++) {
                if (query[i] == q) {
                    return rows[i];
                }
            }
            return -1;
        }

        String summary() {
            return String.format("%s x%d: %d queries in %.1f s%s, p50 %.2f ms, p99 %.2f ms, %.1f q/s, CPU %.2f ms/query,"
                    + " JIT %d ms", engine, clients, count(), wallSeconds, stoppedByTime ? " (time cap)" : "", percentileMs(0.5),
                    percentileMs(0.99), qps(), cpuMsPerQuery(), jitMillis);
        }
    }

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    /** A round of warm-up is over once the JIT compiler spent less than this share of it compiling. */
    private static final double JIT_SETTLED = 0.02;

    /** Queries a warm-up round, and the most a warm-up may take: the defaults of {@code warmup.max} and {@code warmup.seconds}. */
    static final int WARMUP_ROUND = 2_000;
    static final Duration WARMUP_CAP = Duration.ofSeconds(120);

    private static boolean jitWatched() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported();
    }

    /** Milliseconds the JIT compiler has spent compiling so far; 0 without one to watch. */
    private static long compilingMillis() {
        return jitWatched() ? JIT.getTotalCompilationTime() : 0;
    }

    /** How the warm-up went: its rounds, and the share of the last one the JIT compiler spent compiling. */
    record WarmUp(int clients, int queries, double seconds, int rounds, double lastJitShare) {

        /** False when the time cap ended it first. */
        boolean settled() {
            return lastJitShare < JIT_SETTLED;
        }

        String summary() {
            return String.format("warm-up: %,d queries at %d clients in %.1f s, %d rounds, the last %.1f%% JIT compiling%s",
                    queries, clients, seconds, rounds, lastJitShare * 100, settled() ? "" : " (time cap: not settled)");
        }
    }

    /**
     * Runs rounds of {@code roundQueries} at {@code clients} until the JIT compiler has settled
     * (under {@link #JIT_SETTLED} of a round spent compiling) or {@code cap} has passed: what is
     * measured is then the program as a node runs it for days, not while C2 still takes one of
     * two cores. On this project's 2-CPU machines that takes 10 to 30 seconds of the mix.
     */
    static WarmUp warmUp(Engine engine, int clients, int roundQueries, Duration cap) throws Exception {
        long start = System.nanoTime();
        int queries = 0;
        int rounds = 0;
        while (true) {
            Duration left = cap.minusNanos(System.nanoTime() - start);
            Measurement round = measure("lucene-warmup", engine, clients, roundQueries,
                    left.isNegative() ? Duration.ZERO : left);
            queries += round.count();
            rounds++;
            // Without a JIT to watch (-Xint, or no compile-time accounting) one round does.
            double share = jitWatched() ? round.jitMillis() / Math.max(1.0, round.wallSeconds() * 1000) : 0;
            double seconds = (System.nanoTime() - start) / 1e9;
            WarmUp sofar = new WarmUp(clients, queries, seconds, rounds, share);
            if (sofar.settled() || seconds >= cap.toSeconds()) {
                return sofar;
            }
        }
    }

    /**
     * Runs the query mix round-robin on {@code clients} threads until {@code max} queries have run
     * or {@code time} has passed (a query under way when time is up still finishes and counts).
     */
    static Measurement measure(String name, Engine engine, int clients, int max, Duration time)
            throws Exception {
        long[] nanos = new long[max];
        long[] cpu = new long[max];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] rows = new int[max];
        boolean[] done = new boolean[max];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        long jit0 = compilingMillis();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                futures.add(pool.submit(() -> {
                    try (Worker worker = engine.open()) {
                        ready.countDown();
                        go.await();
                        while (true) {
                            int i = next.getAndIncrement();
                            if (i >= max || System.nanoTime() - deadline[0] > 0) {
                                return null;
                            }
                            String q = QUERIES.get(i % QUERIES.size());
                            long c0 = threads.getCurrentThreadCpuTime();
                            long t0 = System.nanoTime();
                            rows[i] = worker.run(q);
                            nanos[i] = System.nanoTime() - t0;
                            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                            done[i] = true;
                        }
                    }
                }));
            }
            ready.await();
            long start = System.nanoTime();
            deadline[0] = start + time.toNanos();
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            int n = 0;
            for (boolean d : done) {
                n += d ? 1 : 0;
            }
            long[] keptNanos = new long[n];
            long[] keptCpu = new long[n];
            int[] keptQuery = new int[n];
            int[] keptRows = new int[n];
            for (int i = 0, k = 0; i < max; i++) {
                if (done[i]) {
                    keptNanos[k] = nanos[i];
                    keptCpu[k] = cpu[i];
                    keptQuery[k] = i % QUERIES.size();
                    keptRows[k] = rows[i];
                    k++;
                }
            }
            return new Measurement(name, clients, keptNanos, keptCpu, keptQuery, keptRows, wall, n < max,
                    compilingMillis() - jit0);
        } finally {
            pool.shutdownNow();
        }
    }

    record QueryFacts(String query, long total, boolean atLeast, int shown, String suggestion) {
    }

    // ------------------------------------------------------------------------------------------
    // The report
    // ------------------------------------------------------------------------------------------

    private static final double TARGET_P99_MS = 20;
    private static final Duration TARGET_REBUILD = Duration.ofMinutes(2);

    private String report(Instant started, Database db, Generated g, double analyzeSeconds, Vocabulary vocabulary,
                          SearchIndexer.RebuildReport rebuild, int segments, int indexedDocs, List<QueryFacts> facts,
                          WarmUp warmup, Map<Integer, Measurement> lucene, Map<Integer, Measurement> like) {
        StringBuilder r = new StringBuilder();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'"));
        r.append("# Search benchmark: ").append(String.format("%,d", g.articles())).append(" articles\n\n");
        r.append("Generated by `bench/search.sh` (`io.iton.search.SearchBenchmark`), ").append(date).append(".\n\n");

        r.append("## Machine and run\n\n");
        r.append("| | |\n|---|---|\n");
        r.append("| CPUs (`nproc`) | ").append(Runtime.getRuntime().availableProcessors()).append(cpuModel()).append(" |\n");
        r.append("| memory | ").append(memTotal()).append(" |\n");
        r.append("| Java | ").append(System.getProperty("java.vm.vendor")).append(' ')
                .append(System.getProperty("java.vm.name")).append(' ').append(Runtime.version()).append(", heap max ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, GC ").append(gcNames()).append(" |\n");
        r.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" |\n");
        r.append("| database | ").append(db.describe()).append(" |\n");
        r.append("| commit | ").append(gitCommit()).append(" |\n");
        r.append("| options | articles=").append(g.articles()).append(", words=").append(options.words())
                .append(", db=").append(options.db()).append(", seed=").append(options.seed()).append(", clients=")
                .append(options.clients()).append(", lucene.max=").append(options.luceneMax()).append(", lucene.seconds=")
                .append(options.luceneTime().toSeconds()).append(", like.max=").append(options.likeMax())
                .append(", like.seconds=").append(options.likeTime().toSeconds()).append(" |\n");
        r.append("| load average (1, 5, 15 min) | ").append(loadAtStart).append(" at the start, ").append(loadAverage())
                .append(" at the end |\n");
        r.append("| whole run | ").append(String.format("%.1f min", Duration.between(started, Instant.now()).toMillis() / 60e3))
                .append(" |\n\n");

        r.append("## Data\n\n");
        r.append(String.format("%,d published articles of %,d words each (%,d words in all, %.0f MB of body HTML as UTF-16"
                        + " chars ×2), %d authors, %d categories, %d tags (%,d article–tag links); a vocabulary of %,d word"
                        + " forms with Zipf-like frequency; publish times over the last 2 years.%n%n",
                g.articles(), options.words(), g.words(), g.bodyChars() * 2 / 1e6, g.authors(), g.categories(), g.tags(),
                g.articleTags(), vocabulary.size()));
        r.append("| step | time |\n|---|---|\n");
        r.append(String.format("| generate text (in memory, on its own thread, during the insert) | %.1f s |%n",
                g.generateSeconds()));
        r.append(String.format("| JDBC batch insert, start to end | %.1f s |%n", g.insertSeconds()));
        r.append(String.format("| `%s` | %.1f s |%n%n", db.h2 ? "ANALYZE" : "VACUUM ANALYZE", analyzeSeconds));

        r.append("## Full index build\n\n");
        r.append("`SearchIndexer.rebuild()` on an empty index (the start-up repair ran before the data existed):"
                + " read the articles in batches, build documents, write a new generation, swap it in, catch up.\n\n");
        r.append("| | |\n|---|---|\n");
        r.append(String.format("| articles indexed | %,d (index holds %,d) |%n", rebuild.articles(), indexedDocs));
        r.append(String.format("| caught up after the swap | %d |%n", rebuild.caughtUp()));
        r.append(String.format("| time | **%.1f s** (%.0f articles/s) |%n", rebuild.took().toMillis() / 1e3,
                rebuild.articles() / Math.max(0.001, rebuild.took().toMillis() / 1e3)));
        r.append(String.format("| CPU time of the process during it | %.1f s (all threads; the wall time is what a busy"
                + " machine stretches) |%n", rebuildCpuSeconds));
        r.append(String.format("| index size | **%.1f MB** (%.1f KB per article; %d segments) |%n", rebuild.bytes() / 1e6,
                rebuild.bytes() / 1e3 / Math.max(1, rebuild.articles()), segments));
        r.append(String.format("| vs. body HTML in the database | %.2f× |%n%n", rebuild.bytes() / (g.bodyChars() * 2.0)));

        r.append("## Query latency\n\n");
        r.append(String.format("The mix below, %d queries, taken round-robin. Lucene: `Search.search(SearchRequest.of(q,"
                        + " PageRequest.first(10)))` (the /search page's call: query, count, snippets), after a warm-up at %d clients until the JIT"
                        + " compiler settled (%,d queries in %d rounds, %.0f s, the last round %.1f%% compiling%s); at most %,d queries or %d s per configuration. Baseline: the same words as"
                        + " `title LIKE '%%w%%' OR body LIKE '%%w%%'` ANDed, `status = 'PUBLISHED'`, newest 10, on the same"
                        + " database, each client on its own JDBC connection. No index can serve `LIKE '%%w%%'`, so the database"
                        + " reads and tests the article rows themselves (the plan is below); the baseline is therefore"
                        + " capped at %d queries or %d s per configuration (a query under way at the cap still counts).%n%n",
                QUERIES.size(), warmup.clients(), warmup.queries(), warmup.rounds(), warmup.seconds(),
                warmup.lastJitShare() * 100, warmup.settled() ? "" : ", stopped by the time cap first", options.luceneMax(), options.luceneTime().toSeconds(),
                options.likeMax(), options.likeTime().toSeconds()));
        r.append("| clients | engine | queries | p50 ms | p99 ms | max ms | queries/s | client CPU ms per query | JIT compiling meanwhile |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (int clients : options.clients()) {
            for (Measurement m : List.of(lucene.get(clients), like.get(clients))) {
                long[] sorted = m.nanos().clone();
                Arrays.sort(sorted);
                r.append(String.format("| %d | %s | %,d%s | %s | %s | %s | %s | %s | %,d ms |%n", clients,
                        m.engine().equals("lucene") ? "Lucene" : "SQL LIKE", m.count(), m.stoppedByTime() ? " (time cap)" : "",
                        ms(m.percentileMs(0.5)), ms(m.percentileMs(0.99)),
                        ms(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6), qps(m.qps()),
                        m.engine().equals("lucene") ? String.format("%.2f", m.cpuMsPerQuery()) : "–", m.jitMillis()));
            }
        }
        r.append("\nRatios, baseline over Lucene (higher is better for Lucene):\n\n");
        r.append("| clients | LIKE p50 / Lucene p50 | LIKE p99 / Lucene p99 | Lucene q/s / LIKE q/s |\n|---|---|---|---|\n");
        for (int clients : options.clients()) {
            Measurement l = lucene.get(clients);
            Measurement b = like.get(clients);
            r.append(String.format("| %d | %s | %s | %s |%n", clients, ratio(b.percentileMs(0.5), l.percentileMs(0.5)),
                    ratio(b.percentileMs(0.99), l.percentileMs(0.99)), ratio(l.qps(), b.qps())));
        }
        Measurement at16 = lucene.get(16);
        if (like.values().stream().anyMatch(m -> m.count() < 100)) {
            r.append("\nWith fewer than 100 LIKE samples, the LIKE p99 is in effect its slowest query.\n");
        }
        r.append("\nClients are closed-loop (each sends its next query as soon as the last one answers), so at c clients"
                + " the mean latency is c / throughput: with ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, 16 clients queue for the cores. Lucene at 1 client used ")
                .append(lucene.containsKey(1) ? String.format("%.1f ms per query (1 / q/s)", 1000 / lucene.get(1).qps()) : "–")
                .append("; a p99 under 20 ms at 16 clients needs well over 16 / 0.020 s = 800 queries/s.\n");
        if (lucene.containsKey(1)) {
            double cpu = lucene.get(1).cpuMsPerQuery();
            r.append(String.format("%nCPU, not wall time, is what a shared machine cannot inflate: at 1 client a Lucene"
                            + " query took %.2f ms of its thread's CPU (`ThreadMXBean`), so %d cores could answer about"
                            + " %,.0f queries/s if the machine were ours alone.%n", cpu,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * 1000 / cpu));
        }
        r.append("\nPlan of the one-word LIKE query:\n\n```\n").append(likePlan).append("\n```\n");

        r.append("\n## Targets\n\n");
        r.append("| target | measured | met? |\n|---|---|---|\n");
        if (at16 != null) {
            double p99 = at16.percentileMs(0.99);
            r.append(String.format("| p99 < %.0f ms at 16 clients, %,d articles | %s ms | %s |%n", TARGET_P99_MS,
                    g.articles(), ms(p99), p99 < TARGET_P99_MS ? "**yes**" : "**NO**"));
        } else {
            r.append("| p99 < 20 ms at 16 clients | not measured (clients=" + options.clients() + ") | – |\n");
        }
        r.append(String.format("| full rebuild < 2 min | %.1f s | %s |%n", rebuild.took().toMillis() / 1e3,
                rebuild.took().compareTo(TARGET_REBUILD) < 0 ? "**yes**" : "**NO**"));
        if (g.articles() != 100_000) {
            r.append("\nThe targets are stated for 100,000 articles; this run had ").append(String.format("%,d", g.articles()))
                    .append(".\n");
        }

        r.append("\n## Per query\n\n");
        r.append("Lucene hits are `SearchResults.total` (Hebrew-aware: prefixes, both quote styles, spelling skeletons;"
                + " past 1,000 the search stops counting, and the total is a floor, marked ≥);"
                + " LIKE rows are what the baseline returned (at most 10). Latencies at 1 client; a dash where the"
                + " capped LIKE run never reached that query.\n\n");
        r.append("| # | query | Lucene hits | Lucene p50 ms | Lucene max ms | LIKE rows | LIKE ms (median) |\n"
                + "|---|---|---|---|---|---|---|\n");
        Measurement l1 = lucene.get(1);
        Measurement b1 = like.get(1);
        for (int q = 0; q < QUERIES.size(); q++) {
            QueryFacts f = facts.get(q);
            long[] ln = l1 == null ? new long[0] : l1.forQuery(q);
            long[] bn = b1 == null ? new long[0] : b1.forQuery(q);
            long lmax = Arrays.stream(ln).max().orElse(0);
            int rows = b1 == null ? -1 : b1.rowsOf(q);
            r.append(String.format("| %d | `%s` | %s%,d%s | %s | %s | %s | %s |%n", q + 1, f.query(),
                    f.atLeast() ? "≥ " : "", f.total(),
                    f.suggestion() == null ? "" : " (did you mean: " + f.suggestion() + ")",
                    ms(Measurement.percentileMs(ln, 0.5)), ln.length == 0 ? "–" : ms(lmax / 1e6),
                    rows < 0 ? "–" : Integer.toString(rows), ms(Measurement.percentileMs(bn, 0.5))));
        }
        r.append("\n");
        return r.toString();
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format("%,.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    private static String qps(double v) {
        return v >= 100 ? String.format("%,.0f", v) : v >= 1 ? String.format("%.1f", v) : String.format("%.3f", v);
    }

    private static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b <= 0) {
            return "–";
        }
        double x = a / b;
        return (x >= 100 ? String.format("%,.0f", x) : x >= 10 ? String.format("%.0f", x) : String.format("%.1f", x)) + "×";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> " × " + l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format("%.1f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024))
                    .orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String gcNames() {
        List<String> names = new ArrayList<>();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(b -> names.add(b.getName()));
        return String.join(" + ", names);
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process dirty = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
            String changes = new String(dirty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? "`" + out + "`" + (changes.isEmpty() ? "" : " with local changes") : "?";
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "?";
        }
    }
}
