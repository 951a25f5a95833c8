package io.iton.media;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds {@code /media/<id>-<token>/<file>} in the bucket. Only that exact shape is looked up:
 * Spring's handler has refused {@code ..} and the like already, and this refuses anything else
 * (a folder, a nested path, a name without an extension) without asking the bucket.
 */
final class S3ResourceResolver implements ResourceResolver {

    private static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+\\.[a-z]{3,4}");

    private final S3MediaStore store;

    S3ResourceResolver(S3MediaStore store) {
        this.store = store;
    }

    @Override
    public Resource resolveResource(HttpServletRequest request, String requestPath,
                                    List<? extends Resource> locations, ResourceResolverChain chain) {
        if (!IMAGE_FILE.matcher(requestPath).matches()) {
            return null;
        }
        return store.find(MediaFiles.IMAGES + "/" + requestPath);
    }

    @Override
    public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
        return IMAGE_FILE.matcher(resourcePath).matches() ? resourcePath : null;
    }
}
