package io.iton.ops;

import java.time.Clock;
import java.util.EnumSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.iton.shared.Localizer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import tools.jackson.databind.JacksonModule;

/**
 * Where the operations filters sit: the security headers before everything (the page cache
 * included, so kept pages carry them too), the form size check before anything reads a form,
 * then the refusal of NUL characters, and the rate limits just after Spring Security, which
 * tells them who is writing.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration implements WebMvcConfigurer {

    private final MeterRegistry registry;

    OpsConfiguration(MeterRegistry registry) {
        this.registry = registry;
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(HeaderProperties properties) {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Bean
    FilterRegistrationBean<FormSizeLimit> formSizeLimit(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
        var registration = new FilterRegistrationBean<>(new FormSizeLimit(limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** After the size check (which must see the form unread), before anything stores or looks up a value. */
    @Bean
    FilterRegistrationBean<NulCharacters> nulCharacters() {
        var registration = new FilterRegistrationBean<>(new NulCharacters());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    @Bean
    JacksonModule nulFreeJsonStrings() {
        return NulCharacters.jsonStrings();
    }

    @Bean
    FilterRegistrationBean<RateLimits> rateLimits(RateLimitProperties properties, Localizer t, Clock clock) {
        var registration = new FilterRegistrationBean<>(new RateLimits(properties, t, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    RouteNames routeNames(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return new RouteNames(mappings);
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        interceptors.addInterceptor(new RenderTimer(registry));
    }
}
