package io.iton.media;

import java.util.Optional;

import org.springframework.stereotype.Service;

import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * The library as other features read it: an image by id for a featured image, a card, OpenGraph
 * or a feed enclosure, and the newest images (optionally those whose words match) for pickers.
 */
@Service
public class MediaLibrary {

    /** Longer queries are pasted text, not a search; they are cut, not refused. */
    static final int MAX_QUERY = 200;

    private final MediaRepository repository;

    MediaLibrary(MediaRepository repository) {
        this.repository = repository;
    }

    public Optional<Image> find(long id) {
        return repository.findById(id).map(StoredImage::image);
    }

    /** Newest first; a non-blank {@code query} keeps those whose alt text or caption contains it. */
    public Page<Image> search(String query, PageRequest request) {
        return stored(query, request).map(StoredImage::image);
    }

    Optional<StoredImage> stored(long id) {
        return repository.findById(id);
    }

    Page<StoredImage> stored(String query, PageRequest request) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        return Page.of(repository.find(q, request), request, repository.count(q));
    }
}
