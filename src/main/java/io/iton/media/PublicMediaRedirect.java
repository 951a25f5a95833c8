package io.iton.media;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * With the bucket behind a public address (a CDN, or a public bucket) readers fetch images from
 * there: {@code /media/…} answers a redirect to the object, so addresses already in article
 * bodies keep working. The redirect is cached for a day, not for good, so that moving the CDN
 * later takes effect. Outranks the resource handler, which serves {@code /media/} otherwise.
 */
@Controller
@ConditionalOnExpression("'${iton.media.store:folder}'.trim().equalsIgnoreCase('s3') and '${iton.media.s3.public-url:}'.trim() != ''")
class PublicMediaRedirect {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]+\\.[a-z]{3,4}");

    private final S3Properties properties;

    PublicMediaRedirect(S3Properties properties) {
        this.properties = properties;
    }

    @GetMapping("/media/{folder}/{file}")
    ResponseEntity<Void> redirect(@PathVariable String folder, @PathVariable String file) {
        if (!PART.matcher(folder).matches() || !FILE.matcher(file).matches()) {
            return ResponseEntity.notFound().build();
        }
        String key = properties.key(MediaFiles.IMAGES + "/" + folder + "/" + file);
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(properties.publicUrl() + key))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).build();
    }
}
