package io.iton.cluster;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.iton.article.ArticleEvents;
import io.iton.article.ArticleEvents.ArticleEvent;
import io.iton.category.CategoryChanged;
import io.iton.media.MediaEvents;
import io.iton.media.MediaEvents.MediaEvent;
import io.iton.shared.ChangeReplay;
import io.iton.tag.TagChanged;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes this node's content changes to the change log. The listener is synchronous, so the row
 * is part of the transaction that made the change: it commits with it or not at all. Only the
 * events below travel, and only they are read back (never a class named by a row).
 */
@Component
class ChangeLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Map<String, Class<?>> TYPES = List.<Class<?>>of(
                    ArticleEvents.ArticleCreated.class, ArticleEvents.ArticleUpdated.class,
                    ArticleEvents.ArticlePublished.class, ArticleEvents.ArticleUnpublished.class,
                    ArticleEvents.ArticleSubmitted.class, ArticleEvents.ArticleReturned.class,
                    ArticleEvents.ArticleApproved.class, ArticleEvents.ArticleCorrected.class,
                    CategoryChanged.class, TagChanged.class,
                    MediaEvents.ImageUploaded.class, MediaEvents.ImageUpdated.class, MediaEvents.ImageDeleted.class)
            .stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final ChangeLogRepository repository;
    private final ClusterProperties properties;
    private final Clock clock;

    ChangeLog(ChangeLogRepository repository, ClusterProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(ArticleEvent event) {
        append(event);
    }

    @EventListener
    void on(CategoryChanged event) {
        append(event);
    }

    @EventListener
    void on(TagChanged event) {
        append(event);
    }

    @EventListener
    void on(MediaEvent event) {
        append(event);
    }

    private void append(Object event) {
        if (ChangeReplay.replaying()) {
            return;
        }
        repository.append(properties.nodeId(), event.getClass().getSimpleName(), JSON.writeValueAsString(event),
                clock.instant());
    }

    /** The event a row describes; empty for a type this version does not know (a newer node wrote it). */
    static Optional<Object> read(String eventType, String payload) {
        Class<?> type = TYPES.get(eventType);
        return type == null ? Optional.empty() : Optional.of(JSON.readValue(payload, type));
    }
}
