package io.iton.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;

/** What every logged-in user may change about their own account: their name and their password. */
@Service
public class AccountSettings {

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final PersistentTokenRepository rememberMe;

    AccountSettings(AccountRepository repository, PasswordEncoder passwords, PersistentTokenRepository rememberMe) {
        this.repository = repository;
        this.passwords = passwords;
        this.rememberMe = rememberMe;
    }

    @Transactional
    public void rename(String email, String displayName) {
        long id = self(email).account().id();
        Map<String, String> errors = new LinkedHashMap<>();
        Accounts.checkName(errors, displayName, true);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        repository.updateDisplayName(id, displayName.strip());
    }

    /**
     * A new password, only with the current one (a session left open on someone's desk is not
     * enough). Every "remember me" of the account ends with the old password.
     */
    @Transactional
    public void changePassword(String email, String currentPassword, String password, String passwordRepeat) {
        var self = self(email);
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || !passwords.matches(currentPassword, self.passwordHash())) {
            errors.put("currentPassword", "account.password.currentWrong");
        }
        PasswordRule.check(errors, "password", password, "passwordRepeat", passwordRepeat);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        repository.updatePassword(self.account().id(), passwords.encode(password));
        rememberMe.removeUserTokens(self.account().email());
    }

    private AccountRepository.Credentials self(String email) {
        return repository.findByEmail(Accounts.normalize(email))
                .filter(c -> c.account().enabled())
                .orElseThrow(() -> new Forbidden("no enabled account"));
    }
}
