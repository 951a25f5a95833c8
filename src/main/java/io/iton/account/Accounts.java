package io.iton.account;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;

/** Creates and finds newsroom accounts, the first administrator included. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD = 12;
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder passwords, Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
    }

    public boolean noneExist() {
        return repository.count() == 0;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return repository.findByEmail(normalize(email)).map(AccountRepository.Credentials::account);
    }

    /** Display names by account id, for showing who did something; unknown ids are left out. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.displayNames(ids);
    }

    public UserAccount get(long id) {
        return repository.findById(id).map(AccountRepository.Credentials::account)
                .orElseThrow(() -> new NotFound("account " + id));
    }

    public List<UserAccount> list() {
        return repository.list();
    }

    @Transactional
    public UserAccount create(String email, String displayName, String password, Role role) {
        return create(new NewAccount(displayName, email, password, password, role));
    }

    /** Checks every field at once, so a form shows every problem in one go, then stores the account. */
    @Transactional
    UserAccount create(NewAccount input) {
        refuseInvalid(input, false);
        return insert(input);
    }

    /**
     * The first administrator, from the set-up page or the environment: only while no account
     * exists. The first-run claim row is taken in the same transaction, so of two set-ups at once
     * one creates the administrator and the other finds set-up over ({@link NotFound}).
     */
    @Transactional
    public UserAccount createFirstAdmin(String displayName, String email, String password, String passwordRepeat) {
        if (!noneExist()) {
            throw new NotFound("set-up is over");
        }
        NewAccount input = new NewAccount(displayName, email, password, passwordRepeat, Role.ADMIN);
        refuseInvalid(input, true);
        try {
            repository.claimFirstRun(clock.instant());
        } catch (DuplicateKeyException | PessimisticLockingFailureException alreadyClaimed) {
            throw new NotFound("set-up is over");
        }
        return insert(input);
    }

    private void refuseInvalid(NewAccount input, boolean nameRequired) {
        String cleanEmail = normalize(input.email());
        Map<String, String> errors = new LinkedHashMap<>();
        checkName(errors, input.displayName(), nameRequired);
        if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 320) {
            errors.put("email", "account.email.invalid");
        } else if (repository.findByEmail(cleanEmail).isPresent()) {
            errors.put("email", "account.email.taken");
        }
        PasswordRule.check(errors, "password", input.password(), "passwordRepeat", input.passwordRepeat());
        if (input.role() == null) {
            errors.put("role", "account.role.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private UserAccount insert(NewAccount input) {
        String email = normalize(input.email());
        String name = input.displayName() == null || input.displayName().isBlank() ? email : input.displayName().strip();
        var now = clock.instant();
        try {
            long id = repository.insert(email, name, passwords.encode(input.password()), input.role(), now);
            return new UserAccount(id, email, name, input.role(), true, now, null);
        } catch (DuplicateKeyException raced) {
            throw InvalidInput.of("email", "account.email.taken");
        }
    }

    static void checkName(Map<String, String> errors, String displayName, boolean required) {
        if (required && (displayName == null || displayName.isBlank())) {
            errors.put("displayName", "account.name.required");
        } else if (displayName != null && displayName.strip().length() > MAX_NAME) {
            errors.put("displayName", "account.name.tooLong");
        }
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** What a form or the bootstrap gives to create an account. */
    record NewAccount(String displayName, String email, String password, String passwordRepeat, Role role) {

        @Override
        public String toString() {
            return "NewAccount[" + email + ", " + role + "]";
        }
    }
}
