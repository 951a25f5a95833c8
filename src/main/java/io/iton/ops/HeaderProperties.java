package io.iton.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security headers every response carries ({@code iton.headers.*}). The policy's default
 * allows scripts, styles, fonts and frames only from this site, images from here and any HTTPS
 * address (article bodies may embed them), and nothing else.
 */
@ConfigurationProperties("iton.headers")
record HeaderProperties(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
                + "font-src 'self'; connect-src 'self'; media-src 'self' https:; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'") String contentSecurityPolicy,
        @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()") String permissionsPolicy,
        @DefaultValue("365d") Duration hstsMaxAge,
        @DefaultValue("true") boolean hstsIncludeSubdomains) {

    String hsts() {
        return "max-age=" + hstsMaxAge.toSeconds() + (hstsIncludeSubdomains ? "; includeSubDomains" : "");
    }
}
