package io.iton.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one WXR file in two streaming passes: the first reads the header (authors, categories,
 * tags) and the attachments, which posts refer to wherever they stand in the file; the second
 * imports the posts one by one. Memory holds the header and a few facts per attachment, never
 * the posts. Every post is its own transaction, so an import that stops (a broken file, a crash,
 * Ctrl-C) is resumed by running it again: what was imported is found in the ledger and skipped.
 */
@Service
class WordPressImporter {

    private final PostImporter posts;
    private final AttachmentImporter attachments;
    private final Taxonomy taxonomy;
    private final TransactionTemplate transactions;

    WordPressImporter(PostImporter posts, AttachmentImporter attachments, Taxonomy taxonomy,
                      PlatformTransactionManager transactions) {
        this.posts = posts;
        this.attachments = attachments;
        this.taxonomy = taxonomy;
        this.transactions = new TransactionTemplate(transactions);
    }

    ImportReport run(Path file, ImportOptions options, ImportProgress progress) throws IOException {
        ImportRun run = new ImportRun(options, progress);
        return run(file, run);
    }

    ImportReport run(Path file, ImportRun run) throws IOException {
        run.report.start();
        try (InputStream in = Files.newInputStream(file)) {
            WxrReader.read(in, new HeaderPass(run));
        }
        createTaxonomy(run);
        if (run.options.uploads() == null && run.attachments.size() > 0) {
            run.warn(0, null, run.attachments.size() + " attachments in the export, and no uploads folder was "
                    + "given (--uploads): no image was imported; posts keep the old image addresses");
        }
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            whole = WxrReader.read(in, new PostPass(run));
        }
        for (Map.Entry<String, Long> skipped : run.skippedTypes.entrySet()) {
            run.warn(0, null, skipped.getValue() + " item(s) of type \"" + skipped.getKey() + "\" skipped "
                    + "(only posts and their images are imported)");
        }
        run.report.finish(whole);
        run.progress.advanced(run.report);
        return run.report;
    }

    /** Every category, tag and author of the header, each in its own transaction (even unused ones). */
    private void createTaxonomy(ImportRun run) {
        for (Wxr.Term term : run.categories.values()) {
            once(run, term.line(), term.name(), () -> taxonomy.category(run, term.nicename(), term.name(), term.line(),
                    term.name()));
        }
        for (Wxr.Term term : run.tags.values()) {
            once(run, term.line(), term.name(), () -> taxonomy.tag(run, term.nicename(), term.name(), term.line(),
                    term.name()));
        }
        for (Wxr.Author author : run.authors.values()) {
            once(run, author.line(), author.login(), () -> taxonomy.author(run, author.login(), author.line(),
                    author.login()));
        }
    }

    private void once(ImportRun run, int line, String label, Runnable create) {
        try {
            transactions.executeWithoutResult(status -> {
                create.run();
                if (run.dryRun()) {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            run.warn(line, label, "not imported: " + e.getMessage());
        }
    }

    /** First pass: the site, the header and the attachments; read problems are told in the second. */
    private final class HeaderPass implements WxrReader.Listener {
        private final ImportRun run;

        HeaderPass(ImportRun run) {
            this.run = run;
        }

        @Override
        public void site(Wxr.Site site) {
            run.source = site.source();
            run.siteTitle = site.title() == null ? "" : Taxonomy.plain(site.title());
        }

        @Override
        public void author(Wxr.Author author) {
            if (author.login() != null && !author.login().isBlank()) {
                run.authors.put(author.login().strip(), author);
            }
        }

        @Override
        public void term(Wxr.Term term) {
            if (term.nicename() != null && !term.nicename().isBlank()) {
                (term.category() ? run.categories : run.tags).put(term.nicename(), term);
            }
        }

        @Override
        public void item(Wxr.Item item) {
            run.report.totalItems.updateAndGet(n -> n < 0 ? 1 : n + 1);
            if ("attachment".equals(item.postType())) {
                attachments.handle(run, item);
            }
        }
    }

    /** Second pass: the posts, one transaction each; everything else is counted as skipped. */
    private final class PostPass implements WxrReader.Listener {
        private final ImportRun run;

        PostPass(ImportRun run) {
            this.run = run;
        }

        @Override
        public void item(Wxr.Item item) {
            run.report.items.incrementAndGet();
            switch (item.postType()) {
                case "post" -> count(posts.importPost(run, item));
                case "attachment" -> {
                    // handled in the first pass
                }
                default -> {
                    run.report.skipped.incrementAndGet();
                    run.skippedTypes.merge(item.postType().isBlank() ? "unknown" : item.postType(), 1L, Long::sum);
                    run.plan("skip   " + item.label() + ": a " + item.postType() + ", not a post");
                }
            }
            run.progress.advanced(run.report);
        }

        private void count(PostImporter.Outcome outcome) {
            switch (outcome) {
                case IMPORTED -> run.report.imported.incrementAndGet();
                case ALREADY -> run.report.alreadyImported.incrementAndGet();
                case SKIPPED -> run.report.skipped.incrementAndGet();
                case FAILED -> run.report.failed.incrementAndGet();
            }
        }

        @Override
        public void problem(ReadProblem problem, String itemTitle, boolean fatal) {
            run.warn(problem.line(), itemTitle, problem.message());
        }
    }
}
