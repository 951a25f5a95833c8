package io.iton.wordpress;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.category.CategoryForm;
import io.iton.shared.Slug;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/**
 * WordPress's authors, categories and tags as ours, each made once per export (the ledger
 * remembers it) inside whatever transaction asks. Categories are flat here: a child category
 * becomes one of its own, said once, and its nested old address still leads to it.
 */
@Component
class Taxonomy {

    private static final int MAX_CATEGORY_NAME = 200;
    private static final int MAX_TAG_NAME = Tags.MAX_NAME;

    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final ImportLedger ledger;
    private final RedirectRepository redirects;
    private final Clock clock;

    Taxonomy(Categories categories, Tags tags, Authors authors, ImportLedger ledger, RedirectRepository redirects,
             Clock clock) {
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.ledger = ledger;
        this.redirects = redirects;
        this.clock = clock;
    }

    /** Our category for a WordPress category nicename; {@code typedName} names one the header did not list. */
    long category(ImportRun run, String nicename, String typedName, int line, String item) {
        String key = "category:" + nicename;
        Optional<Long> known = ledger.find(run.source, key).filter(id -> categories.find(id).isPresent());
        if (known.isPresent()) {
            return known.get();
        }
        Wxr.Term term = run.categories.get(nicename);
        if (term == null) {
            run.warnOnce(key, line, item, "unknown category \"" + nicename + "\" (not in the export's list): created");
            term = new Wxr.Term(true, nicename, typedName, "", line);
        }
        String name = clip(plain(term.name()).isBlank() ? decode(nicename) : plain(term.name()), MAX_CATEGORY_NAME);
        if (term.parent() != null && !term.parent().isBlank()) {
            run.warnOnce("flat:" + nicename, term.line(), name, "categories are not nested here: \"" + name
                    + "\" (inside \"" + term.parent() + "\") became a category of its own");
        }
        String found = slugOf(nicename, name);
        String slug = found.isEmpty() ? "category-" + Integer.toHexString(nicename.hashCode()) : found;
        long id = categories.findBySlug(slug).map(Category::id).orElseGet(() -> createCategory(name, slug));
        ledger.record(run.source, key, id, clock.instant());
        redirect(run, "/category/" + chain(run, nicename), RedirectRepository.Kind.CATEGORY, id);
        return id;
    }

    /**
     * A new category. A refusal inside the caller's transaction would doom it, so a name already
     * here (under another slug) is told apart by its slug before asking.
     */
    private long createCategory(String name, String slug) {
        boolean taken = categories.all().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
        String free = taken ? clip(name + " (" + slug + ")", MAX_CATEGORY_NAME) : name;
        return categories.create(new CategoryForm(free, slug, "", false, 0)).id();
    }

    /** The nicenames from the top category down to this one: WordPress's nested category address. */
    private static String chain(ImportRun run, String nicename) {
        StringBuilder path = new StringBuilder(nicename);
        Wxr.Term term = run.categories.get(nicename);
        for (int depth = 0; term != null && term.parent() != null && !term.parent().isBlank() && depth < 20; depth++) {
            path.insert(0, term.parent() + "/");
            term = run.categories.get(term.parent());
        }
        return path.toString();
    }

    /** The name of our tag for a WordPress tag, made if new; null for a tag with no letter or digit. */
    String tag(ImportRun run, String nicename, String typedName, int line, String item) {
        Wxr.Term term = run.tags.get(nicename);
        String name = clip(plain(term != null && !plain(term.name()).isBlank() ? term.name()
                : typedName == null || typedName.isBlank() ? decode(nicename) : typedName), MAX_TAG_NAME);
        List<Tag> resolved = tags.resolve(List.of(name));
        if (resolved.isEmpty()) {
            run.warnOnce("tag:" + nicename, line, item, "tag \"" + name + "\" has no letter or digit: left off");
            return null;
        }
        Tag tag = resolved.getFirst();
        String key = "tag:" + nicename;
        if (ledger.find(run.source, key).isEmpty()) {
            ledger.record(run.source, key, tag.id(), clock.instant());
            redirect(run, "/tag/" + nicename, RedirectRepository.Kind.TAG, tag.id());
        }
        return tag.name();
    }

    /** Our byline for a WordPress login; a post with none gets one named after the old site. */
    long author(ImportRun run, String login, int line, String item) {
        String clean = login == null ? "" : login.strip();
        if (clean.isEmpty()) {
            run.warn(line, item, "the post names no author: the old site's byline was used");
            return byline(run, "author:", Slug.from(run.siteTitle).isEmpty() ? "wordpress" : Slug.from(run.siteTitle),
                    run.siteTitle.isBlank() ? "WordPress" : run.siteTitle);
        }
        Wxr.Author author = run.authors.get(clean);
        if (author == null) {
            run.warnOnce("author:" + clean, line, item, "unknown author \"" + clean
                    + "\" (not in the export's list of authors): a byline was created");
        }
        String display = author != null && author.displayName() != null && !author.displayName().isBlank()
                ? author.displayName().strip() : clean;
        String slug = Slug.from(clean).isEmpty() ? Slug.from(display) : Slug.from(clean);
        long id = byline(run, "author:" + clean, slug.isEmpty() ? "author-" + Integer.toHexString(clean.hashCode())
                : slug, clip(display, 200));
        redirect(run, "/author/" + clean, RedirectRepository.Kind.AUTHOR, id);
        return id;
    }

    private long byline(ImportRun run, String key, String slug, String displayName) {
        Optional<Long> known = ledger.find(run.source, key).filter(id -> authors.find(id).isPresent());
        if (known.isPresent()) {
            return known.get();
        }
        long id = authors.findBySlug(slug).map(a -> a.id())
                .orElseGet(() -> authors.create(slug, displayName, "").id());
        ledger.record(run.source, key, id, clock.instant());
        return id;
    }

    private void redirect(ImportRun run, String oldPath, RedirectRepository.Kind kind, long id) {
        String path = OldPaths.ofLink(oldPath);
        if (path != null) {
            redirects.add(path, kind, id);
        }
    }

    /** The nicename as our slug when it is one (WordPress percent-encodes Hebrew ones), else one from the name. */
    static String slugOf(String nicename, String name) {
        String decoded = decode(nicename == null ? "" : nicename);
        if (Slug.isValid(decoded)) {
            return decoded;
        }
        String fromNicename = Slug.from(decoded);
        return fromNicename.isEmpty() ? Slug.from(name) : fromNicename;
    }

    static String decode(String s) {
        try {
            return Normalizer.normalize(UriUtils.decode(s, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** WordPress names may hold entities or markup (&amp;, <em>): the plain text of it. */
    static String plain(String s) {
        return s == null ? "" : org.jsoup.parser.Parser.unescapeEntities(s.replaceAll("<[^>]*>", ""), false).strip();
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }
}
