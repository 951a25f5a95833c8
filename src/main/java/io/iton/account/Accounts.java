package io.iton.account;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.InvalidInput;

/** Creates and finds newsroom accounts. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD = 12;
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

    @Transactional
    public UserAccount create(String email, String displayName, String password, Role role) {
        String cleanEmail = normalize(email);
        if (!EMAIL.matcher(cleanEmail).matches()) {
            throw InvalidInput.of("email", "account.email.invalid");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw InvalidInput.of("password", "account.password.tooShort");
        }
        if (repository.findByEmail(cleanEmail).isPresent()) {
            throw InvalidInput.of("email", "account.email.taken");
        }
        String name = displayName == null || displayName.isBlank() ? cleanEmail : displayName.strip();
        var now = clock.instant();
        long id = repository.insert(cleanEmail, name, passwords.encode(password), role, now);
        return new UserAccount(id, cleanEmail, name, role, true, now);
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
