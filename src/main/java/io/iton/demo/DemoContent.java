package io.iton.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.CategoryForm;
import io.iton.shared.InvalidInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo files on start. Each item is handled once, recorded in {@link DemoLedger} in the
 * same transaction that creates it: a restart adds nothing twice, an item an editor has since
 * renamed or re-slugged is left alone, and an item that no longer fits is logged, never fatal.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("iton.demo.enabled")
class DemoContent implements ApplicationRunner {

    static final List<String> FILES = List.of("demo/demo-content.json", "demo/seed-article.json");
    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Authors authors;
    private final Categories categories;
    private final Articles articles;
    private final ArticleEditor editor;
    private final DemoLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoContent(Authors authors, Categories categories, Articles articles, ArticleEditor editor, DemoLedger ledger,
                TransactionTemplate transaction, Clock clock) {
        this.authors = authors;
        this.categories = categories;
        this.articles = articles;
        this.editor = editor;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int added = 0;
        for (String file : FILES) {
            added += load(read(file));
        }
        log.info("Demo content: {} new item(s) loaded", added);
    }

    private DemoFile read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, DemoFile.class);
        }
    }

    private int load(DemoFile file) {
        int added = 0;
        for (var a : file.authors()) {
            added += once("author:" + a.slug(), () -> authors.findBySlug(a.slug()).isEmpty()
                    && authors.create(a.slug(), a.displayName(), a.bio()) != null);
        }
        for (var c : file.categories()) {
            added += once("category:" + c.slug(), () -> categories.findBySlug(c.slug()).isEmpty()
                    && categories.create(new CategoryForm(c.name(), c.slug(), c.description(), c.featured(),
                    c.position())) != null);
        }
        for (var a : file.articles()) {
            added += once("article:" + a.slug(), () -> articles.findIdBySlug(a.slug()).isEmpty() && publish(a));
        }
        return added;
    }

    /**
     * Claims the key and runs {@code create} in one transaction; 1 if it created something. A key
     * already claimed is skipped; refused input rolls back and is reported, and the start goes on.
     */
    private int once(String key, BooleanSupplier create) {
        if (ledger.contains(key)) {
            return 0;
        }
        try {
            Boolean created = transaction.execute(status -> ledger.claim(key, clock.instant()) && create.getAsBoolean());
            return Boolean.TRUE.equals(created) ? 1 : 0;
        } catch (InvalidInput e) {
            log.warn("Demo item {} skipped: {}", key, e.fieldErrors());
            return 0;
        }
    }

    private boolean publish(DemoFile.DemoArticle a) {
        var author = authors.findBySlug(a.author());
        var category = categories.findBySlug(a.category());
        if (author.isEmpty() || category.isEmpty()) {
            log.warn("Demo article {} skipped: its author or category is gone", a.slug());
            return false;
        }
        Article draft = editor.create(new ArticleDraft(a.title(), a.subtitle(), a.bodyHtml(), a.slug(),
                author.get().id(), category.get().id(), a.tags(), null, a.sponsor()), Actor.SYSTEM);
        editor.publish(draft.id(), draft.version(), a.publishedAt().toInstant(), Actor.SYSTEM);
        return true;
    }
}
