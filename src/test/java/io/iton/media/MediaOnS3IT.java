package io.iton.media;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole media contract with the images in an S3 bucket (a real S3 server, S3Proxy, in its own
 * process) instead of the folder: the same uploads, refusals, serving headers, path checks and
 * deletes, on the embedded database (no SQL differs between the stores).
 */
class MediaOnS3IT extends MediaContract {

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) {
        MediaOnS3Contract.ownBucket(registry);
        MediaOnS3Contract.ownH2Database(registry);
    }
}
