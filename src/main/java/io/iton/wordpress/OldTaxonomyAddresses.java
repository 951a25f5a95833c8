package io.iton.wordpress;

import java.io.IOException;
import java.util.Optional;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * WordPress's category and tag links end in a slash and nest ({@code /category/parent/child/}).
 * The site would first drop the slash with a 301 of its own and only then find the old address;
 * this answers such links in one hop. It looks only at {@code /category/} and {@code /tag/}
 * addresses that end in a slash or have more than one segment, which no page of ours has.
 */
@Configuration(proxyBeanMethods = false)
class OldTaxonomyAddresses {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oldTaxonomyAddressFilter(WordPressRedirects redirects) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(redirects));
        registration.addUrlPatterns("/category/*", "/tag/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);  // before the site's trailing-slash 301
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final WordPressRedirects redirects;

        Filter(WordPressRedirects redirects) {
            this.redirects = redirects;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return true;
            }
            String path = request.getRequestURI();
            String rest = path.substring(path.indexOf('/', 1) + 1);
            boolean nested = rest.indexOf('/') > 0 && rest.indexOf('/') < rest.length() - 1;
            return !(path.endsWith("/") || nested) || path.endsWith("/feed.xml");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<String> moved = redirects.movedTo(request.getRequestURI(), null);
            if (moved.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader(HttpHeaders.LOCATION, moved.get());
        }
    }
}
