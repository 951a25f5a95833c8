package io.iton.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.SiteProperties;

/**
 * "Forgot my password": a one-time link, by mail or to the log. The link carries 256 random
 * bits; the database keeps only their SHA-256, an expiry and whether it was used. Setting the new
 * password uses the link up, with every other link and every "remember me" of the account.
 */
@Service
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwords;
    private final PersistentTokenRepository rememberMe;
    private final AccountMail mail;
    private final AccountProperties properties;
    private final SiteProperties site;
    private final Clock clock;

    PasswordResets(AccountRepository accounts, PasswordResetRepository resets, PasswordEncoder passwords,
                   PersistentTokenRepository rememberMe, AccountMail mail, AccountProperties properties,
                   SiteProperties site, Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwords = passwords;
        this.rememberMe = rememberMe;
        this.mail = mail;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    /** Sends a link if an enabled account has this e-mail; says nothing either way. */
    @Transactional
    public void request(String email) {
        accounts.findByEmail(Accounts.normalize(email))
                .map(AccountRepository.Credentials::account)
                .filter(UserAccount::enabled)
                .ifPresent(account -> issue(account, AccountMail.Purpose.RESET));
    }

    @Transactional
    void issue(UserAccount account, AccountMail.Purpose purpose) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = clock.instant();
        resets.insert(hash(token), account.id(), now, now.plus(properties.passwordResetValidity()));
        mail.sendLink(account, site.absolute("/newsroom/password-reset/" + token), purpose);
    }

    /** Whose password this link may still reset. */
    public Optional<UserAccount> holder(String token) {
        return resets.usableBy(hash(token), clock.instant())
                .flatMap(accounts::findById)
                .map(AccountRepository.Credentials::account)
                .filter(UserAccount::enabled);
    }

    /** Sets the new password and uses the link up; a used, expired or unknown link is {@link NotFound}. */
    @Transactional
    public void reset(String token, String password, String passwordRepeat) {
        var account = holder(token).orElseThrow(() -> new NotFound("reset link"));
        Map<String, String> errors = new LinkedHashMap<>();
        PasswordRule.check(errors, "password", password, "passwordRepeat", passwordRepeat);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        var now = clock.instant();
        if (!resets.burn(hash(token), now)) {
            throw new NotFound("reset link");
        }
        resets.burnAll(account.id(), now);
        accounts.updatePassword(account.id(), passwords.encode(password));
        rememberMe.removeUserTokens(account.email());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
