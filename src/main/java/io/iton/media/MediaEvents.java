package io.iton.media;

/** What happened to the library, for caches and pages that show an image's words or files. */
public final class MediaEvents {

    private MediaEvents() {
    }

    /** A change to one image; {@code actorId} is the account that made it ({@code null}: the system). */
    public sealed interface MediaEvent permits ImageUploaded, ImageUpdated, ImageDeleted {
        long imageId();

        Long actorId();
    }

    public record ImageUploaded(long imageId, Long actorId) implements MediaEvent {
    }

    public record ImageUpdated(long imageId, Long actorId) implements MediaEvent {
    }

    public record ImageDeleted(long imageId, Long actorId) implements MediaEvent {
    }
}
