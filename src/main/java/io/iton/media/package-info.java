/**
 * The media library: uploaded images, recognised by their content and decoded before they are
 * kept, stored by id with resized, metadata-free copies in the media folder or an S3-compatible
 * bucket ({@code MediaStore}), served at
 * {@code /media/...} for good, and offered to other features as {@link io.iton.media.Image}
 * through {@link io.iton.media.MediaLibrary}. Owns the {@code media} table and the media store.
 */
package io.iton.media;
