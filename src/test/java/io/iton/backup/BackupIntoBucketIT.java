package io.iton.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.iton.support.Engine;
import io.iton.support.S3Server;

/**
 * A site whose images are in the media folder, exported and restored into an installation whose
 * images go to an S3 bucket (a real S3 server, S3Proxy): the archive's media paths are the same for
 * both stores, and the restored site serves the image from the bucket.
 */
class BackupIntoBucketIT extends BackupContract {

    private static final S3Server S3 = S3Server.get();
    private static final String BUCKET = S3.newBucket();
    private static final String PREFIX = "restored/";

    @Override
    Engine target() {
        return Engine.H2;
    }

    @Override
    List<String> targetSettings() {
        return S3.arguments(BUCKET, PREFIX);
    }

    @Override
    void restoredMedia(String imageUrl, byte[] image) {
        String key = PREFIX + "images/" + imageUrl.substring("/media/".length());
        assertThat(S3.keys(BUCKET, PREFIX)).contains(key).allMatch(k -> k.startsWith(PREFIX + "images/"));
        assertThat(S3.client().getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray()).isEqualTo(image);
    }
}
