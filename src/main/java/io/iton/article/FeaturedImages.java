package io.iton.article;

/**
 * Whether an image a draft names as its featured image is in the media library. The media
 * feature answers (it depends on this feature, not the other way round), so a draft naming an
 * unknown image is refused with a message instead of failing on the database's foreign key.
 */
public interface FeaturedImages {

    boolean exists(long imageId);
}
