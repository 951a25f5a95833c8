package io.iton.media;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.iton.support.OnPostgres;

/** Media in a bucket, two nodes on PostgreSQL, the production database. */
@OnPostgres
class MediaOnS3OnPostgresIT extends MediaOnS3Contract {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        ownBucket(registry);
    }
}
