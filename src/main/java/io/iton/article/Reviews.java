package io.iton.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.category.Categories;
import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;

/**
 * Required approvals: which kinds an article needs (its category's and its own), which still hold
 * for its content, and the settings administrators keep: kinds per category, and who may approve
 * which kind. The same rules serve the newsroom pages and the API.
 */
@Service
@Transactional
public class Reviews {

    private final ReviewRepository repository;
    private final ReviewKinds kinds;
    private final Categories categories;

    Reviews(ReviewRepository repository, ReviewKinds kinds, Categories categories) {
        this.repository = repository;
        this.kinds = kinds;
        this.categories = categories;
    }

    public List<ReviewKind> kinds() {
        return kinds.all();
    }

    @Transactional(readOnly = true)
    public ReviewState stateOf(Article article) {
        Set<String> needed = new LinkedHashSet<>(repository.categoryKinds(article.categoryId()));
        needed.addAll(article.requiredReviews());
        List<ReviewKind> required = kinds.of(needed);
        List<Approval> holding = repository.approvals(article.id()).stream()
                .filter(a -> a.holdsFor(article) && kinds.known(a.kind())).toList();
        List<ReviewKind> missing = required.stream()
                .filter(k -> holding.stream().noneMatch(a -> a.kind().equals(k.code()))).toList();
        return new ReviewState(required, holding, missing);
    }

    /** Publishing and scheduling wait for every required approval. */
    void requireComplete(Article article) {
        ReviewState state = stateOf(article);
        if (!state.complete()) {
            throw new ApprovalsMissing(state.missing(), kinds);
        }
    }

    /** Records that {@code actor} approved the article's current content for {@code kind}. */
    void approve(Article article, String kind, Actor actor, Instant now) {
        if (kind == null || !kinds.known(kind)) {
            throw InvalidInput.of("kind", "review.kind.unknown");
        }
        if (actor.userId() == null || !repository.hasGrant(actor.userId(), kind)) {
            throw new Forbidden("account " + actor.userId() + " may not approve " + kind);
        }
        repository.approve(article.id(), kind, actor.userId(), now, article.contentVersion());
    }

    /** Whether this account may give this kind of approval: for channels to show the button. */
    @Transactional(readOnly = true)
    public boolean mayApprove(Actor actor, String kind) {
        return actor.userId() != null && kinds.known(kind) && repository.hasGrant(actor.userId(), kind);
    }

    // ---- settings, administrators only

    /** Every category's required kinds, by category id; categories that need none are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<ReviewKind>> requiredByCategory() {
        Map<Long, List<ReviewKind>> byCategory = new LinkedHashMap<>();
        repository.allCategoryKinds().forEach((id, codes) -> {
            List<ReviewKind> known = kinds.of(codes);
            if (!known.isEmpty()) {
                byCategory.put(id, known);
            }
        });
        return byCategory;
    }

    public void setCategoryKinds(long categoryId, List<String> codes, Actor actor) {
        requireAdmin(actor);
        if (categories.find(categoryId).isEmpty()) {
            throw InvalidInput.of("category", "article.category.unknown");
        }
        repository.replaceCategoryKinds(categoryId, checkedKinds("kinds", codes));
    }

    @Transactional(readOnly = true)
    public List<ReviewGrant> grants() {
        return repository.grants().stream().filter(g -> kinds.known(g.kind())).toList();
    }

    public void grant(long userId, String kind, Actor actor) {
        requireAdmin(actor);
        checkedKinds("kind", List.of(kind == null ? "" : kind));
        if (!repository.userExists(userId)) {
            throw InvalidInput.of("user", "review.user.unknown");
        }
        repository.grant(userId, kind);
    }

    public void revoke(long userId, String kind, Actor actor) {
        requireAdmin(actor);
        repository.revoke(userId, kind);
    }

    /** Known kinds, each once, in configuration order; an unknown code is refused for {@code field}. */
    List<String> checkedKinds(String field, List<String> codes) {
        for (String code : codes) {
            if (!kinds.known(code)) {
                throw InvalidInput.of(field, "review.kind.unknown");
            }
        }
        return kinds.of(codes).stream().map(ReviewKind::code).toList();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.admin()) {
            throw new Forbidden("review settings need an administrator");
        }
    }
}
