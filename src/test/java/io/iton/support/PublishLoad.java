package io.iton.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Editors creating, publishing and editing articles through one node as fast as it answers, until
 * the node dies under them. Records what the node acknowledged (a 2xx answer): that is what must
 * survive the crash. Every article has {@link #TAGS} tags and the run's marker word in its title.
 */
public final class PublishLoad {

    public static final int TAGS = 2;
    public static final String EDITED = "מעודכנת";

    /** What the node acknowledged of one article. */
    public record Acked(String title, int version, boolean published) {
    }

    private final NodeClient node;
    private final String marker;
    private final long authorId;
    private final long categoryId;
    private final Map<Long, Acked> acked = new ConcurrentHashMap<>();
    private final AtomicInteger publishes = new AtomicInteger();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> editors = new CopyOnWriteArrayList<>();

    public PublishLoad(NodeClient node, String marker, long authorId, long categoryId) {
        this.node = node;
        this.marker = marker;
        this.authorId = authorId;
        this.categoryId = categoryId;
    }

    public PublishLoad start(int threads) {
        for (int t = 0; t < threads; t++) {
            int editor = t;
            editors.add(Thread.ofPlatform().name("editor-" + t).start(() -> work(editor)));
        }
        return this;
    }

    private void work(int editor) {
        for (int i = 0; running.get(); i++) {
            try {
                article(editor + "-" + i, i % 2 == 0);
            } catch (java.io.UncheckedIOException | IllegalStateException connectionLost) {
                return;  // the node is gone
            } catch (AssertionError notAcknowledged) {
                if (running.get()) {
                    refused.add(notAcknowledged.getMessage());
                }
                return;
            }
        }
    }

    private void article(String n, boolean edit) {
        String title = "כתבת עומס " + marker + " " + n;
        String body = "<p>גוף הכתבה " + marker + " מספר " + n + "</p>";
        List<String> tags = List.of("עומס " + marker, "תג " + n);
        JsonNode created = node.create(title, body, authorId, categoryId, tags);
        long id = created.get("id").asLong();
        acked.put(id, new Acked(title, created.get("version").asInt(), false));
        JsonNode published = node.publish(id, created.get("version").asInt());
        acked.put(id, new Acked(title, published.get("version").asInt(), true));
        publishes.incrementAndGet();
        if (edit) {
            String edited = title + " " + EDITED;
            JsonNode updated = node.update(id, published.get("version").asInt(), edited, body, authorId, categoryId, tags);
            acked.put(id, new Acked(edited, updated.get("version").asInt(), true));
        }
    }

    /** Waits until the node acknowledged {@code count} publishes (the load is then in full swing). */
    public void awaitPublishes(int count, Duration limit) {
        NodeClient.within(limit, count + " acknowledged publishes", () -> publishes.get() >= count || !refused.isEmpty());
        if (!refused.isEmpty()) {
            throw new AssertionError("the node refused a request before the crash: " + refused);
        }
    }

    /** Stops the editors (after the node was killed) and waits for them. */
    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread editor : editors) {
            editor.join(Duration.ofSeconds(60));
        }
    }

    public Map<Long, Acked> acknowledged() {
        return Map.copyOf(acked);
    }

    public List<String> refused() {
        return List.copyOf(refused);
    }
}
