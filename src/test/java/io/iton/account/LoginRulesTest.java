package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The rules behind logins that need no database: lock lengths, the address brake, passwords and their hashes. */
class LoginRulesTest {

    private final AccountProperties defaults = new AccountProperties(19456, 2, 5, Duration.ofMinutes(1), Duration.ofHours(1),
            20, Duration.ofMinutes(10), Duration.ofDays(14), Duration.ofHours(1), "iton@localhost");

    @Test
    void theLockStartsAtTheFifthFailureAndDoublesUpToTheLongest() {
        assertThat(defaults.lockFor(4)).isZero();
        assertThat(defaults.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.lockFor(9)).isEqualTo(Duration.ofMinutes(16));
        assertThat(defaults.lockFor(11)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.lockFor(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anAddressWaitsOnlyOnceItsFailuresAreSpentAndForTheRefillOfOne() {
        var clock = new MovableClock();
        var throttle = new AddressThrottle(defaults, clock);
        for (int i = 0; i < 19; i++) {
            throttle.failed("192.0.2.1");
        }
        assertThat(throttle.waitFor("192.0.2.1")).isEmpty();
        throttle.failed("192.0.2.1");
        assertThat(throttle.waitFor("192.0.2.1")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30)));
        assertThat(throttle.waitFor("192.0.2.2")).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("192.0.2.1")).isEmpty();
    }

    @Test
    void passwordsCountCharactersInAnyScriptAndMustMatchTheirRepeat() {
        assertThat(errors("אבגדהוזחטיכ", null)).containsEntry("password", "account.password.tooShort");
        assertThat(errors("אבגדהוזחטיכל", null)).isEmpty();
        assertThat(errors("אבגדהוזחטיכל", "אבגדהוזחטיכמ")).containsEntry("passwordRepeat", "account.password.mismatch");
        assertThat(errors("x".repeat(501), null)).containsEntry("password", "account.password.tooLong");
        assertThat(errors(null, null)).containsEntry("password", "account.password.tooShort");
    }

    @Test
    void newHashesAreArgon2idAndOldBcryptHashesStillMatchButAskForAnUpgrade() {
        var encoder = new SecurityConfiguration().passwordEncoder(defaults);
        String passPhrase = "משפט ארוך בעברית שהוא יותר משבעים ושניים בתים כשכותבים אותו ב-UTF-8";
        String hash = encoder.encode(passPhrase);
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(passPhrase, hash)).isTrue();
        assertThat(encoder.matches(passPhrase + "!", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();

        String old = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("old-password-12");
        assertThat(encoder.matches("old-password-12", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }

    private static Map<String, String> errors(String password, String repeat) {
        Map<String, String> errors = new HashMap<>();
        PasswordRule.check(errors, "password", password, repeat == null ? null : "passwordRepeat", repeat);
        return errors;
    }
}
