package io.iton.media;

import org.springframework.stereotype.Component;

import io.iton.article.FeaturedImages;

/** Tells the article feature which images exist, so a draft cannot name one that does not. */
@Component
class LibraryImages implements FeaturedImages {

    private final MediaRepository repository;

    LibraryImages(MediaRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean exists(long imageId) {
        return repository.findById(imageId).isPresent();
    }
}
