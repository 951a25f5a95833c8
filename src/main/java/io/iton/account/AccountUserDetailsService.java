package io.iton.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of an account: e-mail as the user name, the role as the one authority.
 * A password stored in an older hash format is hashed again the current way at its next login.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository repository;

    AccountUserDetailsService(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var credentials = repository.findByEmail(Accounts.normalize(email))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        var account = credentials.account();
        return User.withUsername(account.email())
                .password(credentials.passwordHash())
                .authorities(new SimpleGrantedAuthority(account.role().authority()))
                .disabled(!account.enabled())
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        repository.rehash(user.getUsername(), newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}
