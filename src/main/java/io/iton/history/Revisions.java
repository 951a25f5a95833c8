package io.iton.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * An article's revisions for the newsroom: listed newest first, any two compared, and one put back.
 * Reading is for newsroom accounts; restoring is an ordinary update through {@link ArticleEditor},
 * so it follows the same rules (an editor, or the writer on their own draft), is refused on a
 * stale version, and becomes a new revision itself.
 */
@Service
@Transactional(readOnly = true)
public class Revisions {

    /** Compared word by word; every other changed field is shown as before and after. */
    private static final Set<String> TEXT_FIELDS = Set.of("title", "subtitle", "body");
    /** The most revisions offered in a compare menu; older ones are still reached page by page. */
    public static final int MAX_CHOICES = 500;

    private final RevisionRepository repository;
    private final Articles articles;
    private final ArticleEditor editor;
    private final Authors authors;
    private final Categories categories;

    Revisions(RevisionRepository repository, Articles articles, ArticleEditor editor, Authors authors,
              Categories categories) {
        this.repository = repository;
        this.articles = articles;
        this.editor = editor;
        this.authors = authors;
        this.categories = categories;
    }

    /** The article whose history is asked for, or {@link NotFound}. */
    public Article article(long articleId) {
        Caller.requireStaff();
        return articles.find(articleId).orElseThrow(() -> new NotFound("article " + articleId));
    }

    public Page<RevisionSummary> of(long articleId, PageRequest page) {
        article(articleId);
        return Page.of(repository.summaries(articleId, page.offset(), page.size()), page, repository.count(articleId));
    }

    /** The newest revisions, to choose two to compare. */
    public List<RevisionSummary> choices(long articleId) {
        Caller.requireStaff();
        return repository.summaries(articleId, 0, MAX_CHOICES);
    }

    public Revision find(long articleId, long revisionId) {
        Caller.requireStaff();
        return repository.find(articleId, revisionId)
                .orElseThrow(() -> new NotFound("revision " + revisionId + " of article " + articleId));
    }

    public RevisionComparison compare(long articleId, long fromId, long toId) {
        Revision from = find(articleId, fromId);
        Revision to = find(articleId, toId);
        ArticleSnapshot before = ArticleSnapshot.parse(from.snapshot());
        ArticleSnapshot after = ArticleSnapshot.parse(to.snapshot());
        List<RevisionComparison.FieldChange> others = new ArrayList<>();
        for (String field : after.changedFrom(before)) {
            if (!TEXT_FIELDS.contains(field)) {
                others.add(new RevisionComparison.FieldChange(field, shown(field, before), shown(field, after)));
            }
        }
        return new RevisionComparison(from, to, TextDiff.words(from.title(), to.title()),
                TextDiff.words(from.subtitle(), to.subtitle()),
                TextDiff.paragraphs(BodyText.blocks(from.body()), BodyText.blocks(to.body())), others);
    }

    /**
     * Saves the revision's content over the article as it is at {@code version}: a new revision,
     * marked as restoring this one, and one audit entry.
     */
    @Transactional
    public Article restore(long articleId, long revisionId, int version, Actor actor) {
        Revision revision = find(articleId, revisionId);
        var draft = ArticleSnapshot.parse(revision.snapshot()).toDraft();
        return new Restoring(revisionId, revision.summary().articleVersion())
                .during(() -> editor.update(articleId, version, draft, actor));
    }

    private String shown(String field, ArticleSnapshot snapshot) {
        String value = snapshot.display(field);
        if (value.isEmpty()) {
            return value;
        }
        return switch (field) {
            case "authorId" -> authors.find(Long.parseLong(value)).map(Author::displayName).orElse("#" + value);
            case "categoryId" -> categories.find(Long.parseLong(value)).map(Category::name).orElse("#" + value);
            default -> value;
        };
    }
}
