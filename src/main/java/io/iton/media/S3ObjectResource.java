package io.iton.media;

import java.io.FileNotFoundException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One object of the media bucket for Spring's resource handler: its size, date and ETag come from
 * the HEAD already made, so a conditional request answered 304 never fetches the bytes; the
 * bytes are streamed from the bucket only when they are sent.
 */
final class S3ObjectResource extends AbstractResource {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final HeadObjectResponse head;

    S3ObjectResource(S3Client s3, String bucket, String key, HeadObjectResponse head) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.head = head;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return head.contentLength();
    }

    @Override
    public long lastModified() {
        return head.lastModified().toEpochMilli();
    }

    /** The bucket's own ETag (a quoted MD5 for a plain upload): the same on every node. */
    String etag() {
        return head.eTag();
    }

    @Override
    public String getFilename() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream getInputStream() throws FileNotFoundException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(getDescription() + " was deleted");
        }
    }

    @Override
    public String getDescription() {
        return "media object [" + key + "]";
    }
}
