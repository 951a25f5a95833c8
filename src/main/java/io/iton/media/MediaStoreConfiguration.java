package io.iton.media;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses the store by {@code iton.media.store}: {@code folder} (the default) or {@code s3}. An
 * unknown value stops the start rather than quietly keeping images where no other node sees them.
 */
@Configuration(proxyBeanMethods = false)
class MediaStoreConfiguration {

    @Bean
    MediaStore mediaStore(@Value("${iton.media.store:folder}") String store, MediaProperties media,
                          S3Properties s3, @Value("${iton.data-dir}") Path dataDir) throws IOException {
        return switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "folder" -> new FolderMediaStore(media, dataDir);
            case "s3" -> {
                s3.check();
                yield new S3MediaStore(client(s3), s3, dataDir);
            }
            default -> throw new IllegalStateException("iton.media.store (ITON_MEDIA_STORE) is 'folder' or 's3', not '"
                    + store + "'");
        };
    }

    /**
     * Checksums only where the operation requires them: the SDK's newer default (a CRC trailer on
     * every upload) is not understood by every S3-compatible server, and HTTPS protects the bytes.
     */
    static S3Client client(S3Properties s3) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!s3.endpoint().isEmpty()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        if (!s3.accessKey().isEmpty()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        }
        return builder.build();
    }
}
