package io.iton.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.CategoryForm;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo files on start. Everything is keyed by slug, so a second start, or a start after
 * an editor changed a demo article, adds only what is missing and never duplicates or overwrites.
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
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoContent(Authors authors, Categories categories, Articles articles, ArticleEditor editor,
                TransactionTemplate transaction) {
        this.authors = authors;
        this.categories = categories;
        this.articles = articles;
        this.editor = editor;
        this.transaction = transaction;
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
            if (authors.findBySlug(a.slug()).isEmpty()) {
                authors.create(a.slug(), a.displayName(), a.bio());
                added++;
            }
        }
        for (var c : file.categories()) {
            if (categories.findBySlug(c.slug()).isEmpty()) {
                categories.create(new CategoryForm(c.name(), c.slug(), c.description(), c.featured(), c.position()));
                added++;
            }
        }
        for (var a : file.articles()) {
            if (articles.findIdBySlug(a.slug()).isEmpty()) {
                transaction.executeWithoutResult(status -> publish(a));
                added++;
            }
        }
        return added;
    }

    /** Created and published in one transaction: a crash leaves no half-loaded demo draft behind. */
    private void publish(DemoFile.DemoArticle a) {
        long authorId = authors.findBySlug(a.author()).orElseThrow().id();
        long categoryId = categories.findBySlug(a.category()).orElseThrow().id();
        Article draft = editor.create(new ArticleDraft(a.title(), a.subtitle(), a.bodyHtml(), a.slug(), authorId,
                categoryId, a.tags(), a.sponsor()));
        editor.publish(draft.id(), draft.version(), a.publishedAt().toInstant());
    }
}
