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

import io.iton.shared.EditorRights;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.Slug;

/**
 * Reads tags, turns the names a writer typed into tags (creating the new ones), and lets editors
 * rename, merge and delete them. A slug that is given up keeps leading to the tag it went to.
 */
@Service
public class Tags {

    public static final int MAX_NAME = 100;
    public static final int MAX_SUGGESTIONS = 20;

    private final TagRepository repository;
    private final ApplicationEventPublisher events;

    Tags(TagRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public Optional<Tag> find(long id) {
        return repository.findById(id);
    }

    public Optional<Tag> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** The tag that has this slug now, or had it before a rename or a merge: for 301s. */
    public Optional<Tag> findBySlugOrFormer(String slug) {
        return repository.findBySlug(slug).or(() -> repository.findByFormerSlug(slug));
    }

    /** How many articles, in any status, carry this tag. */
    public long countArticles(long id) {
        return repository.countArticles(id);
    }

    /** The old addresses that still lead to this tag. */
    public List<String> formerSlugs(long id) {
        return repository.formerSlugs(id);
    }

    /**
     * The tag an editor means by this name: written exactly so (after the clean-up every name
     * gets), or written with other quotes, niqqud or case, which make the same slug.
     */
    public Optional<Tag> findByName(String name) {
        List<String> clean = cleanNames(List.of(name == null ? "" : name));
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        return repository.findByName(clean.getFirst()).or(() -> repository.findBySlug(Slug.from(clean.getFirst())));
    }

    /** Tags with their article counts, by name; a non-blank query keeps those whose slug contains a form of it. */
    public Page<CountedTag> search(String query, PageRequest request) {
        TagQuery q = TagQuery.of(query == null ? "" : query);
        if (q.isEmpty()) {
            return Page.of(repository.findCountedPage(request.offset(), request.size()), request, repository.count());
        }
        return Page.of(repository.findCountedMatching(q, request.offset(), request.size()), request,
                repository.countMatching(q));
    }

    /** Up to {@code limit} tags for what an editor has typed so far: the editor's autocomplete. */
    public List<Tag> suggest(String typed, int limit) {
        TagQuery q = TagQuery.of(typed == null ? "" : typed);
        return q.isEmpty() ? List.of() : repository.suggest(q, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
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

    /** Renames a tag; its slug follows the name, and the old slug answers 301 to the new one. */
    @Transactional
    public Tag rename(long id, String name) {
        EditorRights.require("renaming a tag");
        Tag tag = load(id);
        String clean = cleanNames(List.of(name == null ? "" : name)).stream().findFirst()
                .orElseThrow(() -> InvalidInput.of("name", "tag.name.required"));
        String slug = Slug.from(clean);
        if (repository.findByName(clean).filter(t -> t.id() != id).isPresent()
                || repository.findBySlug(slug).filter(t -> t.id() != id).isPresent()) {
            throw InvalidInput.of("name", "tag.name.taken");
        }
        if (!slug.equals(tag.slug())) {
            repository.forgetFormerSlug(slug);
            repository.rememberFormerSlug(tag.slug(), id);
        }
        repository.update(tag.id(), slug, clean);
        events.publishEvent(new TagChanged(id, repository.articleIds(id)));
        return new Tag(id, slug, clean);
    }

    /**
     * Replaces {@code sourceId} by {@code targetId} on every article (one copy each, order kept)
     * and deletes the source; its slugs, current and former, lead to the target from now on.
     */
    @Transactional
    public Tag merge(long sourceId, Long targetId) {
        EditorRights.require("merging tags");
        Tag source = load(sourceId);
        if (targetId == null) {
            throw InvalidInput.of("target", "tag.merge.targetRequired");
        }
        if (targetId == sourceId) {
            throw InvalidInput.of("target", "tag.merge.self");
        }
        Tag target = repository.findById(targetId).orElseThrow(() -> InvalidInput.of("target", "tag.merge.targetUnknown"));
        List<Long> articles = repository.articleIds(sourceId);
        repository.mergeIntoArticles(sourceId, targetId);
        repository.moveFormerSlugs(sourceId, targetId);
        repository.rememberFormerSlug(source.slug(), targetId);
        repository.delete(sourceId);
        events.publishEvent(new TagChanged(sourceId, articles));
        return target;
    }

    /** Removes a tag from its articles and deletes it; its address answers 404 from then on. */
    @Transactional
    public void delete(long id) {
        EditorRights.require("deleting a tag");
        load(id);
        List<Long> articles = repository.articleIds(id);
        repository.removeFromArticles(id);
        repository.delete(id);
        events.publishEvent(new TagChanged(id, articles));
    }

    private Tag load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("tag " + id));
    }

    /**
     * Two editors, on one node or two, may add the same new tag at the same moment: the second
     * waits for the first one's row and uses it, instead of failing on the unique name.
     */
    private Tag insert(String name) {
        for (int attempt = 0; attempt < 3; attempt++) {
            String slug = uniqueSlug(Slug.from(name));
            repository.forgetFormerSlug(slug);
            if (repository.insertIfAbsent(slug, name)) {
                return repository.findBySlug(slug).orElseThrow();
            }
            Optional<Tag> same = repository.findByName(name);
            if (same.isPresent()) {
                return same.get();
            }
            // another tag took the slug in the meantime: look for a free one again
        }
        throw new IllegalStateException("could not add the tag " + name + ": its addresses keep being taken");
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
