package io.iton.wordpress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.iton.article.Article;
import io.iton.article.ArticleDraft;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.Slug;

/**
 * One WordPress post made into one article, in one transaction with its ledger row and its old
 * addresses: a failure anywhere leaves nothing of it. A dry run does the same and rolls back, so
 * it meets every rule the real run would. A post that cannot be published as it was (an approval
 * this site requires, no body) is kept as a draft and reported.
 */
@Component
class PostImporter {

    enum Outcome { IMPORTED, ALREADY, SKIPPED, FAILED }

    static final String UNTITLED = "(ללא כותרת)";

    private final ArticleEditor editor;
    private final Articles articles;
    private final Taxonomy taxonomy;
    private final ImportLedger ledger;
    private final RedirectRepository redirects;
    private final TransactionTemplate transactions;
    private final Localizer t;
    private final Clock clock;

    PostImporter(ArticleEditor editor, Articles articles, Taxonomy taxonomy, ImportLedger ledger,
                 RedirectRepository redirects, PlatformTransactionManager transactions, Localizer t, Clock clock) {
        this.editor = editor;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.ledger = ledger;
        this.redirects = redirects;
        this.transactions = new TransactionTemplate(transactions);
        this.t = t;
        this.clock = clock;
    }

    Outcome importPost(ImportRun run, Wxr.Item item) {
        String label = item.label();
        if (item.postId() <= 0) {
            run.warn(item.line(), label, "the post has no wp:post_id: not imported");
            return Outcome.FAILED;
        }
        String key = "post:" + item.postId();
        if (ledger.find(run.source, key).isPresent()) {
            return Outcome.ALREADY;
        }
        PostPlan plan = PostPlan.of(item, run.options.zone(), clock.instant());
        if (plan.skipReason() != null) {
            run.plan("skip   " + label + ": " + plan.skipReason());
            return Outcome.SKIPPED;
        }
        for (ReadProblem p : item.problems()) {
            run.warn(p.line(), label, p.message());
        }
        List<String> notes = new ArrayList<>();
        try {
            Article saved = transactions.execute(status -> {
                Article a = write(run, item, plan, true, notes);
                if (run.dryRun()) {
                    status.setRollbackOnly();
                }
                return a;
            });
            report(run, item, plan.describe(saved), notes);
            return Outcome.IMPORTED;
        } catch (RuntimeException publishing) {
            if (!plan.goesPublic()) {
                run.warn(item.line(), label, "not imported: " + reason(publishing));
                return Outcome.FAILED;
            }
            return asDraft(run, item, plan, publishing);
        }
    }

    /** The post could not go public as it was: keep its content as a draft, and say why. */
    private Outcome asDraft(ImportRun run, Wxr.Item item, PostPlan plan, RuntimeException why) {
        List<String> notes = new ArrayList<>();
        try {
            Article saved = transactions.execute(status -> {
                Article a = write(run, item, plan, false, notes);
                if (run.dryRun()) {
                    status.setRollbackOnly();
                }
                return a;
            });
            notes.add("could not be published (" + reason(why) + "): imported as a draft");
            report(run, item, plan.describe(saved), notes);
            return Outcome.IMPORTED;
        } catch (RuntimeException e) {
            run.warn(item.line(), item.label(), "not imported: " + reason(e));
            return Outcome.FAILED;
        }
    }

    private void report(ImportRun run, Wxr.Item item, String what, List<String> notes) {
        for (String note : notes) {
            run.warn(item.line(), item.label(), note);
        }
        run.plan("import " + item.label() + " → " + what);
    }

    private Article write(ImportRun run, Wxr.Item item, PostPlan plan, boolean publish, List<String> notes) {
        notes.clear();
        String label = item.label();
        long authorId = taxonomy.author(run, item.creator(), item.line(), label);
        long categoryId = category(run, item, notes);
        List<String> tagNames = tags(run, item, notes);
        WordPressContent.Cleaned body = WordPressContent.clean(item.content(), item.postId(), run.attachments);
        if (!body.unknownShortcodes().isEmpty()) {
            notes.add("unknown shortcodes left as text: [" + String.join("], [", body.unknownShortcodes()) + "]");
        }
        if (body.emptyGalleries() > 0) {
            notes.add("a [gallery] with no image in the export was left out");
        }
        if (body.html().length() > ArticleEditor.MAX_BODY) {
            throw new IllegalArgumentException("the content is longer than " + ArticleEditor.MAX_BODY + " characters");
        }
        String title = title(item, notes);
        String slug = slug(item, title, notes);
        Long imageId = featuredImage(run, item, notes);
        notes.addAll(plan.notes());
        Article draft = editor.create(new ArticleDraft(title, subtitle(item.excerpt()), body.html(), slug, authorId,
                categoryId, tagNames, null, null, null, null, imageId, null), run.options.actor());
        Article saved = draft;
        if (publish && plan.goesPublic()) {
            if (Jsoup.parse(body.html()).text().isBlank() && !body.html().contains("<img")) {
                throw new IllegalArgumentException("the post has no content");
            }
            saved = editor.publish(draft.id(), draft.version(), plan.publishAt(), run.options.actor());
            saved = editor.recordEditedElsewhere(saved, plan.modifiedAt(), run.options.actor());
        } else if (plan.inReview()) {
            saved = editor.submit(draft.id(), draft.version(), run.options.actor());
        }
        ledger.record(run.source, "post:" + item.postId(), saved.id(), clock.instant());
        oldAddresses(run, item, saved, notes);
        return saved;
    }

    private long category(ImportRun run, Wxr.Item item, List<String> notes) {
        List<Wxr.ItemTerm> named = item.terms().stream().filter(x -> "category".equals(x.domain())).toList();
        if (named.isEmpty()) {
            return taxonomy.category(run, "uncategorized", "Uncategorized", item.line(), item.label());
        }
        if (named.size() > 1) {
            notes.add("an article has one category here: kept \"" + named.getFirst().name() + "\", left off "
                    + named.stream().skip(1).map(x -> "\"" + x.name() + "\"").collect(Collectors.joining(", ")));
        }
        Wxr.ItemTerm first = named.getFirst();
        return taxonomy.category(run, first.nicename(), first.name(), item.line(), item.label());
    }

    private List<String> tags(ImportRun run, Wxr.Item item, List<String> notes) {
        List<String> names = new ArrayList<>();
        for (Wxr.ItemTerm term : item.terms()) {
            if ("post_tag".equals(term.domain())) {
                String name = taxonomy.tag(run, term.nicename(), term.name(), item.line(), item.label());
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (names.size() > ArticleEditor.MAX_TAGS) {
            notes.add(names.size() + " tags; an article keeps " + ArticleEditor.MAX_TAGS + ": the first "
                    + ArticleEditor.MAX_TAGS + " were kept");
            return names.subList(0, ArticleEditor.MAX_TAGS);
        }
        return names;
    }

    private static String title(Wxr.Item item, List<String> notes) {
        String title = Taxonomy.plain(item.title());
        if (title.isBlank()) {
            notes.add("the post has no title: titled " + UNTITLED);
            return UNTITLED;
        }
        if (title.length() > ArticleEditor.MAX_TITLE) {
            notes.add("the title was cut to " + ArticleEditor.MAX_TITLE + " characters");
            return Taxonomy.clip(title, ArticleEditor.MAX_TITLE);
        }
        return title;
    }

    /** The post's own slug when it makes one here; one already taken gets -2, -3… and is reported. */
    private String slug(Wxr.Item item, String title, List<String> notes) {
        String base = Taxonomy.slugOf(item.postName(), title);
        if (base.isEmpty()) {
            base = "post-" + item.postId();
        }
        String slug = base;
        for (int n = 2; articles.findIdBySlug(slug).isPresent(); n++) {
            slug = Taxonomy.clip(base, Slug.MAX_LENGTH - 4) + "-" + n;
        }
        if (!slug.equals(base)) {
            notes.add("duplicate slug \"" + base + "\" (an article here has it already): this one is \"" + slug + "\"");
        }
        return slug;
    }

    private static String subtitle(String excerpt) {
        String text = Jsoup.parse(excerpt == null ? "" : excerpt).text().strip();
        return Taxonomy.clip(text, ArticleEditor.MAX_SUBTITLE);
    }

    private static Long featuredImage(ImportRun run, Wxr.Item item, List<String> notes) {
        String thumbnail = item.meta().get("_thumbnail_id");
        if (thumbnail == null || thumbnail.isBlank()) {
            return null;
        }
        try {
            AttachmentIndex.Attachment a = run.attachments.find(Long.parseLong(thumbnail.strip()));
            if (a != null && a.mediaId() != null) {
                return a.mediaId();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        notes.add("its featured image (attachment " + thumbnail.strip() + ") was not imported");
        return null;
    }

    /** {@code /?p=123}, the permalink, the guid and {@code /slug/}, each leading to the article from now on. */
    private void oldAddresses(ImportRun run, Wxr.Item item, Article article, List<String> notes) {
        List<String> paths = new ArrayList<>();
        paths.add(OldPaths.post(item.postId()));
        for (String link : List.of(item.link(), item.guid())) {
            String path = OldPaths.ofLink(link);
            if (path != null && !paths.contains(path)) {
                paths.add(path);
            }
        }
        for (String path : paths) {
            RedirectRepository.Target target = redirects.add(path, RedirectRepository.Kind.ARTICLE, article.id());
            if (target.id() != article.id() || target.kind() != RedirectRepository.Kind.ARTICLE) {
                notes.add("its old address " + path + " already leads elsewhere (a duplicate slug or post id?)");
            }
        }
        // WordPress answers /slug/ for any post whatever its permalink structure (it guesses before a
        // 404), so such links are out there too; one the export's own addresses took is left to them.
        String bare = item.postName().isBlank() ? null : OldPaths.of("/" + item.postName(), null);
        if (bare != null && !paths.contains(bare)) {
            redirects.add(bare, RedirectRepository.Kind.ARTICLE, article.id());
        }
    }

    private String reason(RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.fieldErrors().entrySet().stream().map(x -> x.getKey() + ": " + t.text(x.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
