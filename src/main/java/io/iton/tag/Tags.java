package io.iton.tag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.Slug;

/** Reads tags, and turns the names a writer typed into tags, creating the new ones. */
@Service
public class Tags {

    public static final int MAX_NAME = 100;

    private final TagRepository repository;
    private final ApplicationEventPublisher events;

    Tags(TagRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public Optional<Tag> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** Tags by name, {@code limit} from {@code offset}, beyond the page size readers use: for sitemaps. */
    public List<Tag> slice(long offset, int limit) {
        return repository.findPage(offset, limit);
    }

    public long count() {
        return repository.count();
    }

    public Page<Tag> page(PageRequest request) {
        return Page.of(repository.findPage(request.offset(), request.size()), request, repository.count());
    }

    public Map<Long, Tag> byIds(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Tag::id, Function.identity()));
    }

    /** The tags with these ids, in the order the ids are given. */
    public List<Tag> inOrder(List<Long> ids) {
        Map<Long, Tag> byId = repository.findAllById(ids).stream()
                .collect(Collectors.toMap(Tag::id, Function.identity()));
        return ids.stream().map(byId::get).filter(t -> t != null).toList();
    }

    /**
     * The tags for these names in their order, creating the ones that do not exist yet. Names are
     * trimmed and compared after Unicode normalization, and a name given twice counts once.
     */
    @Transactional
    public List<Tag> resolve(Collection<String> names) {
        List<Tag> tags = new ArrayList<>();
        for (String name : cleanNames(names)) {
            tags.add(repository.findByName(name).orElseGet(() -> insert(name)));
        }
        return tags;
    }

    @Transactional
    public Tag create(String name) {
        String clean = cleanNames(List.of(name == null ? "" : name)).stream().findFirst()
                .orElseThrow(() -> InvalidInput.of("name", "tag.name.required"));
        if (repository.findByName(clean).isPresent()) {
            throw InvalidInput.of("name", "tag.name.taken");
        }
        return insert(clean);
    }

    @Transactional
    public Tag rename(long id, String name) {
        Tag tag = repository.findAllById(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFound("tag " + id));
        String clean = cleanNames(List.of(name == null ? "" : name)).stream().findFirst()
                .orElseThrow(() -> InvalidInput.of("name", "tag.name.required"));
        String slug = Slug.from(clean);
        if (repository.findByName(clean).filter(t -> t.id() != id).isPresent()
                || repository.findBySlug(slug).filter(t -> t.id() != id).isPresent()) {
            throw InvalidInput.of("name", "tag.name.taken");
        }
        repository.update(tag.id(), slug, clean);
        events.publishEvent(new TagChanged(id));
        return new Tag(id, slug, clean);
    }

    private Tag insert(String name) {
        String slug = uniqueSlug(Slug.from(name));
        return new Tag(repository.insert(slug, name), slug, name);
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; repository.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static List<String> cleanNames(Collection<String> names) {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String name : names) {
            String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            if (n.length() > MAX_NAME) {
                throw InvalidInput.of("tags", "tag.name.tooLong");
            }
            if (!n.isEmpty() && !Slug.from(n).isEmpty()) {
                clean.add(n);
            }
        }
        return List.copyOf(clean);
    }
}
