package io.iton.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the library's images go when {@code iton.media.store=s3} ({@code iton.media.s3.*}). Works
 * with AWS S3 and with S3-compatible servers (MinIO, Ceph, Cloudflare R2, …) through
 * {@code endpoint} and {@code pathStyle}.
 *
 * @param bucket    the bucket; it must exist (checked on start)
 * @param prefix    a folder inside the bucket for this site ({@code news/}), empty for the root
 * @param region    the bucket's region; S3-compatible servers mostly accept any, such as {@code us-east-1}
 * @param endpoint  the server's address for an S3-compatible server; empty for AWS itself
 * @param pathStyle {@code http://host/bucket/key} addresses instead of {@code http://bucket.host/key}:
 *                  what MinIO and Ceph want unless their DNS is set up for buckets
 * @param accessKey the access key; empty: the AWS SDK's default chain (the {@code AWS_*}
 *                  environment variables, a profile, an instance or container role)
 * @param secretKey the secret key that goes with {@code accessKey}; never logged or shown
 * @param publicUrl where readers can fetch the bucket's objects directly (a CDN or a public bucket),
 *                  such as {@code https://cdn.example.com/}: {@code /media/…} then redirects there;
 *                  empty: the site streams images from the bucket itself
 */
@ConfigurationProperties("iton.media.s3")
record S3Properties(
        String bucket,
        @DefaultValue("") String prefix,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("") String endpoint,
        @DefaultValue("false") boolean pathStyle,
        @DefaultValue("") String accessKey,
        @DefaultValue("") String secretKey,
        @DefaultValue("") String publicUrl) {

    S3Properties {
        prefix = prefix.strip().replaceAll("^/+", "");
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        endpoint = endpoint.strip();
        publicUrl = publicUrl.strip();
        if (!publicUrl.isEmpty() && !publicUrl.endsWith("/")) {
            publicUrl = publicUrl + "/";
        }
    }

    /** Refuses to start with half a configuration, naming what is missing. */
    void check() {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("iton.media.store=s3 needs iton.media.s3.bucket (ITON_MEDIA_S3_BUCKET)");
        }
        if (accessKey.isBlank() != secretKey.isBlank()) {
            throw new IllegalStateException("iton.media.s3.access-key and iton.media.s3.secret-key go together:"
                    + " set both (ITON_MEDIA_S3_ACCESS_KEY, ITON_MEDIA_S3_SECRET_KEY) or neither");
        }
        if (!publicUrl.isEmpty() && !publicUrl.startsWith("https://") && !publicUrl.startsWith("http://")) {
            throw new IllegalStateException("iton.media.s3.public-url must be an http(s) address");
        }
    }

    /** The object key of a store path such as {@code images/7-abc/original.jpg}. */
    String key(String path) {
        return prefix + path;
    }

    /** The secret stays out of logs and error pages, whatever prints this record. */
    @Override
    public String toString() {
        return "S3Properties[bucket=" + bucket + ", prefix=" + prefix + ", region=" + region + ", endpoint=" + endpoint
                + ", pathStyle=" + pathStyle + ", accessKey=" + (accessKey.isEmpty() ? "(default chain)" : "(set)")
                + ", secretKey=(hidden), publicUrl=" + publicUrl + "]";
    }
}
