package io.iton.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.iton.author.Author;
import io.iton.author.Authors;
import io.iton.category.Categories;
import io.iton.category.Category;
import io.iton.category.CategoryForm;
import io.iton.category.CategoryNotEmpty;
import io.iton.shared.Localizer;
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/**
 * {@code /api/v1/categories}, {@code /tags} and {@code /authors}: public lists, editors' writes.
 * A category's slug changes with {@code PUT} (the old one then answers 301), a tag's with its name.
 */
@RestController
@RequestMapping("/api/v1")
class TaxonomyApi {

    record CategoryRequest(String name, String slug, String description, Boolean featured, Integer menuOrder) {
        CategoryForm form() {
            return new CategoryForm(name, slug, description, Boolean.TRUE.equals(featured),
                    menuOrder == null ? 0 : menuOrder);
        }
    }

    record TagRequest(String name) {
    }

    /** Where a merged category or tag goes. */
    record MergeRequest(Long targetId) {
    }

    record AuthorRequest(String displayName, String slug, String bio) {
    }

    private static final String EDITORS = "hasAnyRole('ADMIN', 'EDITOR')";

    private final Categories categories;
    private final Tags tags;
    private final Authors authors;
    private final Localizer t;

    TaxonomyApi(Categories categories, Tags tags, Authors authors, Localizer t) {
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.t = t;
    }

    @GetMapping("/categories")
    List<Category> categories() {
        return categories.all();
    }

    @PostMapping("/categories")
    ResponseEntity<Category> createCategory(@RequestBody CategoryRequest request) {
        Category created = categories.create(request.form());
        return ResponseEntity.created(URI.create("/api/v1/categories/" + created.id())).body(created);
    }

    @PutMapping("/categories/{id}")
    Category updateCategory(@PathVariable long id, @RequestBody CategoryRequest request) {
        return categories.update(id, request.form());
    }

    /** Moves the category's articles into the target and deletes it; its URLs then answer 301 to the target. */
    @PostMapping("/categories/{id}/merge")
    @PreAuthorize(EDITORS)
    Category mergeCategory(@PathVariable long id, @RequestBody MergeRequest request) {
        return categories.merge(id, request.targetId());
    }

    /** Deletes an empty category; one that still holds articles answers 409. */
    @DeleteMapping("/categories/{id}")
    @PreAuthorize(EDITORS)
    ResponseEntity<Void> deleteCategory(@PathVariable long id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(CategoryNotEmpty.class)
    ProblemDetail notEmpty(CategoryNotEmpty e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, t.text("api.category.notEmpty", e.articles()));
    }

    @GetMapping("/tags")
    PageJson<Tag> tags(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageJson.of(tags.page(ApiPaging.of(page, size)));
    }

    @PostMapping("/tags")
    ResponseEntity<Tag> createTag(@RequestBody TagRequest request) {
        Tag created = tags.create(request.name());
        return ResponseEntity.created(URI.create("/api/v1/tags/" + created.id())).body(created);
    }

    @PutMapping("/tags/{id}")
    Tag renameTag(@PathVariable long id, @RequestBody TagRequest request) {
        return tags.rename(id, request.name());
    }

    /** Replaces the tag by the target on its articles (one copy each, order kept) and deletes it. */
    @PostMapping("/tags/{id}/merge")
    @PreAuthorize(EDITORS)
    Tag mergeTag(@PathVariable long id, @RequestBody MergeRequest request) {
        return tags.merge(id, request.targetId());
    }

    /** Removes the tag from its articles and deletes it; its URL then answers 404. */
    @DeleteMapping("/tags/{id}")
    @PreAuthorize(EDITORS)
    ResponseEntity<Void> deleteTag(@PathVariable long id) {
        tags.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/authors")
    List<Author> authors() {
        return authors.all();
    }

    @PostMapping("/authors")
    ResponseEntity<Author> createAuthor(@RequestBody AuthorRequest request) {
        Author created = authors.create(request.slug(), request.displayName(), request.bio());
        return ResponseEntity.created(URI.create("/api/v1/authors/" + created.id())).body(created);
    }
}
