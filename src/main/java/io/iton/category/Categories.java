package io.iton.category;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.Slug;

/** Reads and edits the paper's sections. */
@Service
public class Categories {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

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

    @Transactional
    public Category create(CategoryForm form) {
        CategoryForm clean = validate(form, null);
        long id = repository.insert(clean);
        events.publishEvent(new CategoryChanged(id));
        return new Category(id, clean.slug(), clean.name(), clean.description(), clean.featured(), clean.menuOrder());
    }

    @Transactional
    public Category update(long id, CategoryForm form) {
        repository.findById(id).orElseThrow(() -> new NotFound("category " + id));
        CategoryForm clean = validate(form, id);
        repository.update(id, clean);
        events.publishEvent(new CategoryChanged(id));
        return new Category(id, clean.slug(), clean.name(), clean.description(), clean.featured(), clean.menuOrder());
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
