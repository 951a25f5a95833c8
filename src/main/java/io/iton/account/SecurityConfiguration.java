package io.iton.account;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

import io.iton.shared.Localizer;
import io.iton.shared.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what over HTTP. The API is stateless (HTTP Basic, no cookies, so no CSRF); its
 * reads of published content are public and every write needs a newsroom role. The newsroom is a
 * logged-in back office. Everything else is the public site, with CSRF on for every form. Both
 * login channels check passwords through one {@link GuardedLogin}, so lock-out holds for both.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] STAFF = {Role.ADMIN.name(), Role.EDITOR.name(), Role.WRITER.name()};
    private static final String[] EDITORS = {Role.ADMIN.name(), Role.EDITOR.name()};
    private static final String[] SALES_DESK = {Role.ADMIN.name(), Role.SALES.name()};
    private static final String[] EVERYONE = {Role.ADMIN.name(), Role.EDITOR.name(), Role.WRITER.name(), Role.SALES.name()};
    static final String REMEMBER_ME_COOKIE = "iton-remember-me";
    /** Checks remember-me tokens this node made itself; the tokens are in the database, so a fresh key per start is enough. */
    private static final String REMEMBER_ME_KEY = UUID.randomUUID().toString();

    /**
     * New hashes are Argon2id (OWASP's first choice; memory-hard, and unlike bcrypt it takes the
     * whole of a long Hebrew pass-phrase, where bcrypt stops at 72 bytes, 36 Hebrew letters).
     * Hashes with another id ({@code {bcrypt}}, {@code {pbkdf2}}…) still match, and are hashed
     * again as Argon2id at their next login.
     */
    @Bean
    PasswordEncoder passwordEncoder(AccountProperties properties) {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, properties.argon2MemoryKib(), properties.argon2Iterations());
        var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMe(AccountUserDetailsService users, PersistentTokenRepository tokens,
                                                      AccountProperties properties) {
        var services = new PersistentTokenBasedRememberMeServices(REMEMBER_ME_KEY, users, tokens);
        services.setCookieName(REMEMBER_ME_COOKIE);
        services.setParameter("remember-me");
        services.setTokenValiditySeconds((int) properties.rememberMe().toSeconds());
        return services;
    }

    /** One manager for both channels, with no parent: a refused login is never tried again elsewhere. */
    private static AuthenticationManager logins(AccountUserDetailsService users, PasswordEncoder passwords, LoginGuard guard) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwords);
        dao.setUserDetailsPasswordService(users);
        return new ProviderManager(new GuardedLogin(dao, guard), new RememberMeAuthenticationProvider(REMEMBER_ME_KEY));
    }

    /**
     * Actuator: health (and its liveness and readiness groups) for anyone, so a load balancer can
     * ask; every other endpoint (the Prometheus metrics) for administrators over HTTP Basic, or for
     * anyone who reaches the separate management port when one is set ({@code management.server.port}),
     * which the operator keeps on an internal address.
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain actuator(HttpSecurity http, Localizer t, AccountUserDetailsService users, PasswordEncoder passwords,
                                 LoginGuard guard, ManagementPort managementPort) throws Exception {
        return statelessBasic(http, t)
                .securityMatcher("/actuator/**")
                .authenticationManager(logins(users, passwords, guard))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(managementPort::isManagementRequest).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .build();
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, Localizer t, AccountUserDetailsService users, PasswordEncoder passwords,
                            LoginGuard guard) throws Exception {
        return statelessBasic(http, t)
                .securityMatcher("/api/**")
                .authenticationManager(logins(users, passwords, guard))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/articles/*/publish", "/api/v1/articles/*/unpublish")
                        .hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/categories", "/api/v1/authors").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/categories/*", "/api/v1/tags/*").hasAnyRole(EDITORS)
                        .requestMatchers("/api/v1/search/rebuild", "/api/v1/search/status").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().hasAnyRole(STAFF))
                .build();
    }

    /**
     * HTTP Basic without a session or CSRF (no cookies), refusals as problem documents: 401 for a
     * missing or wrong password, 429 for a login that must wait, 403 for a role that may not.
     */
    private static HttpSecurity statelessBasic(HttpSecurity http, Localizer t) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> apiRefusal(t, request, response, e);
        return http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) ->
                                ProblemJson.write(request, response, HttpStatus.FORBIDDEN, t.text("api.forbidden"))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }

    /** 401 for a missing or wrong password; 429 with {@code Retry-After} for a login that must wait. */
    private static void apiRefusal(Localizer t, HttpServletRequest request,
                                   HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            ProblemJson.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    t.text("login.throttled", throttled.retryAfterMinutes()));
            return;
        }
        ProblemJson.write(request, response, HttpStatus.UNAUTHORIZED, t.text("api.unauthorized"));
    }

    /**
     * The back office: form login with a session (a new session id at login), "remember me" from
     * the database, CSRF on every form, and a session that ends as soon as its account is disabled
     * or changes role ({@link CurrentAccountCheck}). Pages outside the login need a newsroom role here; what
     * each role may do is said on each handler ({@code @PreAuthorize}) and checked again by the
     * service it calls.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain newsroom(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder passwords,
                                 LoginGuard guard, PersistentTokenBasedRememberMeServices rememberMe,
                                 AccountRepository accounts) throws Exception {
        return http
                .securityMatcher("/newsroom/**")
                .addFilterBefore(new CurrentAccountCheck(accounts), AuthorizationFilter.class)
                .authenticationManager(logins(users, passwords, guard))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/newsroom/login", "/newsroom/setup", "/newsroom/password-reset",
                                "/newsroom/password-reset/*").permitAll()
                        .requestMatchers("/newsroom/leads", "/newsroom/leads/**", "/newsroom/outbox",
                                "/newsroom/outbox/**", "/newsroom/quotes/**").hasAnyRole(SALES_DESK)
                        // the sales desk has its own pages, the dashboard (which sends it there) and its account
                        .requestMatchers("/newsroom", "/newsroom/account", "/newsroom/account/**").hasAnyRole(EVERYONE)
                        .anyRequest().hasAnyRole(STAFF))
                .formLogin(form -> form
                        .loginPage("/newsroom/login")
                        .defaultSuccessUrl("/newsroom", false)
                        .failureHandler(new LoginFailures()))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(REMEMBER_ME_KEY))
                .sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout
                        .logoutUrl("/newsroom/logout")
                        .logoutSuccessUrl("/newsroom/login?logout"))
                .build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // Public pages say for themselves how long they may be kept (PageCacheFilter); the
                // security headers of every response are io.iton.ops.SecurityHeaders'.
                .headers(headers -> headers.cacheControl(c -> c.disable()))
                .build();
    }
}
