package io.iton.author;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;
import io.iton.shared.Slug;

/** Reads and creates bylines. */
@Service
public class Authors {

    static final int MAX_NAME = 200;
    static final int MAX_BIO = 4000;

    private final AuthorRepository repository;
    private final Clock clock;

    Authors(AuthorRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Optional<Author> find(long id) {
        return repository.findById(id);
    }

    public Optional<Author> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public List<Author> all() {
        return repository.findAll();
    }

    public Map<Long, Author> byIds(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Author::id, Function.identity()));
    }

    /** Creates a byline; the slug comes from the name when none is given. */
    @Transactional
    public Author create(String slug, String displayName, String bio) {
        if (displayName == null || displayName.isBlank()) {
            throw InvalidInput.of("displayName", "author.displayName.required");
        }
        if (displayName.strip().length() > MAX_NAME) {
            throw InvalidInput.of("displayName", "author.displayName.tooLong");
        }
        if (bio != null && bio.strip().length() > MAX_BIO) {
            throw InvalidInput.of("bio", "author.bio.tooLong");
        }
        String finalSlug = slug == null || slug.isBlank() ? Slug.from(displayName) : slug;
        if (!Slug.isValid(finalSlug)) {
            throw InvalidInput.of("slug", "slug.invalid");
        }
        if (repository.findBySlug(finalSlug).isPresent()) {
            throw InvalidInput.of("slug", "slug.taken");
        }
        String cleanBio = bio == null ? "" : bio.strip();
        long id = repository.insert(finalSlug, displayName.strip(), cleanBio, clock.instant());
        return new Author(id, finalSlug, displayName.strip(), cleanBio);
    }
}
