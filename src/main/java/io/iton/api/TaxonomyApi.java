package io.iton.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
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
import io.iton.tag.Tag;
import io.iton.tag.Tags;

/** {@code /api/v1/categories}, {@code /tags} and {@code /authors}: public lists, editors' writes. */
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

    record AuthorRequest(String displayName, String slug, String bio) {
    }

    private final Categories categories;
    private final Tags tags;
    private final Authors authors;

    TaxonomyApi(Categories categories, Tags tags, Authors authors) {
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
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
