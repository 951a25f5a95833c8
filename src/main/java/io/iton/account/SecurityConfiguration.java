package io.iton.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.iton.shared.Localizer;
import io.iton.shared.ProblemJson;

/**
 * Who may do what over HTTP. The API is stateless (HTTP Basic, no cookies, so no CSRF); its
 * reads of published content are public and every write needs a newsroom role. The newsroom is a
 * logged-in back office. Everything else is the public site, with CSRF on for every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] STAFF = {Role.ADMIN.name(), Role.EDITOR.name(), Role.WRITER.name()};
    private static final String[] EDITORS = {Role.ADMIN.name(), Role.EDITOR.name()};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Localizer t) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/articles/*/publish", "/api/v1/articles/*/unpublish")
                        .hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/categories", "/api/v1/authors").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/categories/*", "/api/v1/tags/*").hasAnyRole(EDITORS)
                        .requestMatchers("/api/v1/search/rebuild", "/api/v1/search/status").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().hasAnyRole(STAFF))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        ProblemJson.write(request, response, HttpStatus.UNAUTHORIZED, t.text("api.unauthorized"))))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemJson.write(request, response, HttpStatus.UNAUTHORIZED, t.text("api.unauthorized")))
                        .accessDeniedHandler((request, response, e) ->
                                ProblemJson.write(request, response, HttpStatus.FORBIDDEN, t.text("api.forbidden"))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The back office: form login with a session, CSRF on every form. Pages outside the login need
     * a newsroom role here; what each role may do is said on each handler ({@code @PreAuthorize})
     * and checked again by the service it calls.
     */
    @Bean
    @Order(2)
    SecurityFilterChain newsroom(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/newsroom/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/newsroom/login").permitAll()
                        .anyRequest().hasAnyRole(STAFF))
                .formLogin(form -> form
                        .loginPage("/newsroom/login")
                        .defaultSuccessUrl("/newsroom", false)
                        .failureUrl("/newsroom/login?error"))
                .logout(logout -> logout
                        .logoutUrl("/newsroom/logout")
                        .logoutSuccessUrl("/newsroom/login?logout"))
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // public pages say for themselves how long they may be kept (PageCacheFilter)
                        .cacheControl(c -> c.disable()))
                .build();
    }
}
