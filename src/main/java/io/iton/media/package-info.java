/**
 * The media library: uploaded images, recognised by their content and decoded before they are
 * kept, stored under the data folder by id with resized, metadata-free copies, served at
 * {@code /media/...} for good, and offered to other features as {@link io.iton.media.Image}
 * through {@link io.iton.media.MediaLibrary}. Owns the {@code media} table and the media folder.
 */
package io.iton.media;
