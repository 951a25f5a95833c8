package io.iton.category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.EditorRights;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.Slug;

/**
 * Reads and edits the paper's sections. Every change that readers would see publishes
 * {@link CategoryChanged}; a slug that is given up (a new slug, a merge) keeps leading to the
 * category through its former slugs, so no link on the web breaks.
 */
@Service
public class Categories {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    /** Which way a featured category moves in the header. */
    public enum Direction { UP, DOWN }

    private final CategoryRepository repository;
    private final ApplicationEventPublisher events;

    Categories(CategoryRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Every category, featured order first. */
    public List<Category> all() {
        return repository.findAll();
    }

    /** Every category with its number of articles, for the newsroom. */
    public List<CountedCategory> allCounted() {
        return repository.findAllCounted();
    }

    /** The header's categories, in the order editors chose. */
    public List<Category> featured() {
        return repository.findAll().stream().filter(Category::featured).toList();
    }

    public Optional<Category> find(long id) {
        return repository.findById(id);
    }

    public Optional<Category> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** The category that has this slug now, or had it before a slug change or a merge: for 301s. */
    public Optional<Category> findBySlugOrFormer(String slug) {
        return repository.findBySlug(slug).or(() -> repository.findByFormerSlug(slug));
    }

    /** The old addresses that still lead to this category. */
    public List<String> formerSlugs(long id) {
        return repository.formerSlugs(id);
    }

    /** Creates a category. Not checked for editor rights here: demo content creates them too. */
    @Transactional
    public Category create(CategoryForm form) {
        CategoryForm clean = validate(form, null);
        repository.forgetFormerSlug(clean.slug());
        long id = repository.insert(clean);
        events.publishEvent(new CategoryChanged(id));
        return new Category(id, clean.slug(), clean.name(), clean.description(), clean.featured(), clean.menuOrder());
    }

    /** Renames, re-slugs (the old slug then answers 301), features or re-orders a category. */
    @Transactional
    public Category update(long id, CategoryForm form) {
        EditorRights.require("changing a category");
        Category current = load(id);
        CategoryForm clean = validate(form, id);
        if (!current.slug().equals(clean.slug())) {
            repository.forgetFormerSlug(clean.slug());
            repository.rememberFormerSlug(current.slug(), id);
        }
        repository.update(id, clean);
        events.publishEvent(new CategoryChanged(id));
        return new Category(id, clean.slug(), clean.name(), clean.description(), clean.featured(), clean.menuOrder());
    }

    /**
     * Moves every article of {@code sourceId} into {@code targetId} and deletes the source; its
     * slugs, current and former, lead to the target from now on.
     */
    @Transactional
    public Category merge(long sourceId, Long targetId) {
        EditorRights.require("merging categories");
        Category source = load(sourceId);
        if (targetId == null) {
            throw InvalidInput.of("target", "category.merge.targetRequired");
        }
        if (targetId == sourceId) {
            throw InvalidInput.of("target", "category.merge.self");
        }
        Category target = repository.findById(targetId)
                .orElseThrow(() -> InvalidInput.of("target", "category.merge.targetUnknown"));
        List<Long> moved = repository.articleIds(sourceId);
        repository.moveArticles(sourceId, targetId);
        repository.moveFormerSlugs(sourceId, targetId);
        repository.rememberFormerSlug(source.slug(), targetId);
        repository.delete(sourceId);
        events.publishEvent(new CategoryChanged(sourceId, moved));
        return target;
    }

    /** Deletes a category that holds no article; its addresses answer 404 from then on. */
    @Transactional
    public void delete(long id) {
        EditorRights.require("deleting a category");
        load(id);
        long articles = repository.countArticles(id);
        if (articles > 0) {
            throw new CategoryNotEmpty(id, articles);
        }
        repository.delete(id);
        events.publishEvent(new CategoryChanged(id));
    }

    /**
     * Swaps a featured category with its neighbour in the header, then numbers the featured
     * categories 1, 2, 3… so that ties left by hand-typed numbers cannot make a move do nothing.
     */
    @Transactional
    public void move(long id, Direction direction) {
        EditorRights.require("ordering the header");
        load(id);
        List<Category> header = new ArrayList<>(featured());
        int at = header.stream().map(Category::id).toList().indexOf(id);
        int other = direction == Direction.UP ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= header.size()) {
            return;
        }
        Collections.swap(header, at, other);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).menuOrder() != i + 1) {
                repository.updateMenuOrder(header.get(i).id(), i + 1);
            }
        }
        events.publishEvent(new CategoryChanged(id));
    }

    private Category load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("category " + id));
    }

    private CategoryForm validate(CategoryForm form, Long selfId) {
        Map<String, String> errors = new HashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        String slug = form.slug() == null || form.slug().isBlank() ? Slug.from(name) : form.slug().strip();
        String description = form.description() == null ? "" : form.description().strip();
        if (name.isEmpty()) {
            errors.put("name", "category.name.required");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "category.name.tooLong");
        } else if (repository.findByName(name).filter(c -> !Long.valueOf(c.id()).equals(selfId)).isPresent()) {
            errors.put("name", "category.name.taken");
        }
        if (!Slug.isValid(slug)) {
            errors.put("slug", "slug.invalid");
        } else if (repository.findBySlug(slug).filter(c -> !Long.valueOf(c.id()).equals(selfId)).isPresent()) {
            errors.put("slug", "slug.taken");
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", "category.description.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CategoryForm(name, slug, description, form.featured(), form.menuOrder());
    }
}
