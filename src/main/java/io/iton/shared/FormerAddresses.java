package io.iton.shared;

import java.util.Optional;

/**
 * Addresses content had before it came here (a WordPress permalink, {@code /?p=123}). The site
 * asks only when nothing else answered a request, just before its 404, so this costs nothing on
 * pages that exist.
 */
public interface FormerAddresses {

    /**
     * Where the old address lives now: a site path, percent-encoded, for a 301; empty if unknown.
     *
     * @param rawPath the request's path as sent (percent-encoded)
     * @param query   the request's query string, or null
     */
    Optional<String> movedTo(String rawPath, String query);
}
