package io.iton.advert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The time a form was shown, signed (HMAC-SHA256) into a hidden field, so the server can tell a
 * form sent back faster than a person fills it in, and no one can forge an earlier time. The key
 * is {@code iton.advert.form-key}, or a random one per start when that is blank.
 */
@Component
class FormTiming {

    private static final String PURPOSE = "advertise-form:";

    private final byte[] key;
    private final Duration minimum;
    private final Clock clock;

    FormTiming(AdvertProperties properties, Clock clock) {
        this.key = properties.formKey().isBlank() ? randomKey() : properties.formKey().getBytes(StandardCharsets.UTF_8);
        this.minimum = properties.minFillTime();
        this.clock = clock;
    }

    String issue() {
        return issue(clock.instant());
    }

    /** A token for a form shown at {@code shownAt} (tests sign an earlier time instead of waiting). */
    String issue(Instant shownAt) {
        String millis = Long.toString(shownAt.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** Why a form with this token looks sent by a machine, or empty when it looks like a person's. */
    Optional<SpamReason> check(String token) {
        if (token == null || token.length() > 200 || token.indexOf('.') < 1) {
            return Optional.of(SpamReason.BAD_TOKEN);
        }
        String millis = token.substring(0, token.indexOf('.'));
        byte[] given = token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(SpamReason.BAD_TOKEN);
        }
        Instant shownAt;
        try {
            shownAt = Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return Optional.of(SpamReason.BAD_TOKEN);
        }
        Duration taken = Duration.between(shownAt, clock.instant());
        if (taken.isNegative()) {
            return Optional.of(SpamReason.BAD_TOKEN);
        }
        return taken.compareTo(minimum) < 0 ? Optional.of(SpamReason.TOO_FAST) : Optional.empty();
    }

    private String sign(String millis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((PURPOSE + millis).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
