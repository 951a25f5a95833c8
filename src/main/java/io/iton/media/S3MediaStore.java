package io.iton.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The library in an S3-compatible bucket: each file an object {@code <prefix>images/<id>-<token>/<file>},
 * written with its content type and a year-long {@code Cache-Control} (for a CDN that reads the
 * bucket directly). An image's objects are written before its row commits and the original last;
 * any failure deletes what was written. A node that dies in the middle may leave objects no row
 * names: nothing links to them, and they are the only thing a crash can leave behind.
 */
final class S3MediaStore implements MediaStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3MediaStore.class);
    static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final S3Client s3;
    private final S3Properties properties;
    private final Staging staging;

    S3MediaStore(S3Client s3, S3Properties properties, Path dataDir) throws IOException {
        this.s3 = s3;
        this.properties = properties;
        this.staging = new Staging(dataDir.resolve("media").resolve("incoming").toAbsolutePath().normalize());
        try {
            s3.headBucket(b -> b.bucket(properties.bucket()));
        } catch (SdkException e) {
            // the endpoint and bucket help the operator; the keys are never part of the message
            throw new IllegalStateException("the media bucket '" + properties.bucket() + "' is not reachable at "
                    + (properties.endpoint().isEmpty() ? "AWS S3" : properties.endpoint()) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Staging staging() {
        return staging;
    }

    @Override
    public void place(Path finished, String name) {
        String folder = IMAGES + "/" + MediaStore.folderName(name) + "/";
        List<String> written = new ArrayList<>();
        try (Stream<Path> listed = Files.list(finished)) {
            // the original last: its object is the one a reader is sent to first
            List<Path> files = listed.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().startsWith("original"))
                    .thenComparing(Path::toString)).toList();
            for (Path file : files) {
                String key = properties.key(folder + file.getFileName());
                put(key, RequestBody.fromFile(file));
                written.add(key);
            }
        } catch (IOException | SdkException e) {
            delete(written);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (SdkException) e;
        }
    }

    @Override
    public void remove(String name) {
        String folder = properties.key(IMAGES + "/" + MediaStore.folderName(name) + "/");
        try {
            delete(s3.listObjectsV2Paginator(b -> b.bucket(properties.bucket()).prefix(folder)).contents().stream()
                    .map(S3Object::key).toList());
        } catch (SdkException e) {
            log.warn("could not delete the media objects under {}: {}", folder, e.getMessage());
        }
    }

    private void delete(List<String> keys) {
        for (int from = 0; from < keys.size(); from += 1000) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + 1000)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            try {
                s3.deleteObjects(b -> b.bucket(properties.bucket()).delete(d -> d.objects(batch).quiet(true)));
            } catch (SdkException e) {
                log.warn("could not delete {} media objects: {}", batch.size(), e.getMessage());
            }
        }
    }

    private void put(String key, RequestBody body) {
        String file = key.substring(key.lastIndexOf('/') + 1);
        s3.putObject(b -> b.bucket(properties.bucket()).key(key).contentType(StoredImage.mediaType(extension(file)))
                .cacheControl(FOR_GOOD.getHeaderValue()), body);
    }

    @Override
    public void serve(ResourceHandlerRegistration registration) {
        registration.setCacheControl(FOR_GOOD)
                .setEtagGenerator(resource -> resource instanceof S3ObjectResource object ? object.etag() : null)
                .resourceChain(false).addResolver(new S3ResourceResolver(this));
    }

    /** The object at a store path, as a resource Spring's handler can serve; null when there is none. */
    S3ObjectResource find(String path) {
        String key = properties.key(MediaFiles.checked(path));
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(properties.bucket()).key(key));
            return new S3ObjectResource(s3, properties.bucket(), key, head);
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public List<MediaFile> list() {
        String images = properties.key(IMAGES + "/");
        return s3.listObjectsV2Paginator(b -> b.bucket(properties.bucket()).prefix(images)).contents().stream()
                .map(o -> new MediaFile(o.key().substring(properties.prefix().length()), o.size()))
                .filter(f -> isMediaPath(f.path()))
                .sorted(Comparator.comparing(MediaFile::path)).toList();
    }

    @Override
    public InputStream open(String path) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(properties.bucket()).key(properties.key(MediaFiles.checked(path))));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(path);
        }
    }

    @Override
    public void write(String path, InputStream in, long bytes) {
        put(properties.key(MediaFiles.checked(path)), RequestBody.fromInputStream(in, bytes));
    }

    @Override
    public boolean isEmpty() {
        return s3.listObjectsV2(b -> b.bucket(properties.bucket()).prefix(properties.key(IMAGES + "/")).maxKeys(1))
                .contents().isEmpty();
    }

    @Override
    public void close() {
        s3.close();
    }

    private static boolean isMediaPath(String path) {
        try {
            MediaFiles.checked(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1);
    }
}
