package io.iton.site;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * {@code /category/politics/} answers 301 to {@code /category/politics}: one address per page.
 * Articles handle their own trailing slash, to reach the canonical slug in one hop.
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashRedirect {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirectFilter() {
        UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler("/category/**", "/tag/**",
                "/author/**", "/advertise/").redirect(HttpStatus.MOVED_PERMANENTLY).build();
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
