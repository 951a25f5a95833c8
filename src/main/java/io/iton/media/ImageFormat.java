package io.iton.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats the library accepts, by the media type their content shows. */
enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    GIF("image/gif");

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ImageFormat> ofMediaType(String detected) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(detected)).findFirst();
    }
}
