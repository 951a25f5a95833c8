package io.iton.media;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Media in a bucket, two nodes on the embedded default (H2 in file mode, in a database of its own). */
class MediaOnS3OnH2IT extends MediaOnS3Contract {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        ownBucket(registry);
        ownH2Database(registry);
    }
}
