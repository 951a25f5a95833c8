package io.iton.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;

/**
 * What administrators do to other accounts: list, create, change role, disable and enable.
 * Every method checks that the caller is an enabled administrator now, in the database (not
 * what their session remembers), whoever calls it. Two rules hold whatever the order of
 * requests: an administrator never disables or demotes themselves, and the last enabled
 * administrator stays one.
 */
@Service
public class UserAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final AccountRepository repository;
    private final PasswordResets resets;
    private final PasswordResetRepository resetLinks;
    private final PersistentTokenRepository rememberMe;
    private final Clock clock;

    UserAdministration(Accounts accounts, AccountRepository repository, PasswordResets resets,
                       PasswordResetRepository resetLinks, PersistentTokenRepository rememberMe, Clock clock) {
        this.accounts = accounts;
        this.repository = repository;
        this.resets = resets;
        this.resetLinks = resetLinks;
        this.rememberMe = rememberMe;
        this.clock = clock;
    }

    public List<UserAccount> list(String adminEmail) {
        requireAdmin(adminEmail);
        return accounts.list();
    }

    /**
     * A new account. Without a password, it gets one nobody knows and its owner a link to choose
     * their own (by mail, or in the log).
     */
    @Transactional
    public UserAccount create(String adminEmail, String displayName, String email, Role role, String password) {
        requireAdmin(adminEmail);
        boolean invite = password == null || password.isEmpty();
        String initial = invite ? unguessable() : password;
        UserAccount created = accounts.create(new Accounts.NewAccount(displayName, email, initial, initial, role));
        if (invite) {
            resets.issue(created, AccountMail.Purpose.INVITE);
        }
        return created;
    }

    @Transactional
    public UserAccount changeRole(String adminEmail, long userId, Role role) {
        List<Long> admins = lockAdmins(adminEmail);
        if (role == null) {
            throw InvalidInput.of("role", "account.role.required");
        }
        UserAccount target = accounts.get(userId);
        if (target.admin() && role != Role.ADMIN) {
            keepAnAdmin(adminEmail, admins, target);
        }
        repository.updateRole(userId, role);
        return target;
    }

    @Transactional
    public UserAccount setEnabled(String adminEmail, long userId, boolean enabled) {
        List<Long> admins = lockAdmins(adminEmail);
        UserAccount target = accounts.get(userId);
        if (!enabled) {
            if (target.admin()) {  // the caller is one, so this covers disabling oneself too
                keepAnAdmin(adminEmail, admins, target);
            }
            rememberMe.removeUserTokens(target.email());
            resetLinks.burnAll(userId, clock.instant());
        }
        repository.updateEnabled(userId, enabled);
        return target;
    }

    /** Refuses to take away the target's administration if it is the caller's own or the last one. */
    private static void keepAnAdmin(String adminEmail, List<Long> enabledAdmins, UserAccount target) {
        if (target.email().equals(Accounts.normalize(adminEmail))) {
            throw InvalidInput.of("user", "users.error.self");
        }
        if (enabledAdmins.stream().noneMatch(id -> id != target.id())) {
            throw InvalidInput.of("user", "users.error.lastAdmin");
        }
    }

    /**
     * Locks the enabled administrators' rows, then checks the caller is among them: changes to
     * who administers take turns, and each sees the one before it (two administrators demoting
     * each other at once leave one administrator, not none).
     */
    private List<Long> lockAdmins(String adminEmail) {
        UserAccount admin = requireAdmin(adminEmail);
        List<Long> admins = repository.lockEnabledAdmins();
        if (!admins.contains(admin.id())) {
            throw new Forbidden("no longer an administrator");
        }
        return admins;
    }

    private UserAccount requireAdmin(String email) {
        return accounts.findByEmail(email)
                .filter(a -> a.enabled() && a.admin())
                .orElseThrow(() -> new Forbidden("administrators only"));
    }

    private static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
