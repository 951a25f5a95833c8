package io.iton.media;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.MultipartConfigElement;

/**
 * How images reach readers and uploads reach us. {@code /media/**} is served from the store by
 * Spring's resource handler (which refuses {@code ..}, and answers ranges, HEAD and
 * {@code If-Modified-Since}) with a year-long immutable {@code Cache-Control}: a file there never
 * changes, a new upload gets a new URL. The servlet's
 * multipart limits are the library's size limit (and a little for the form's text fields), so
 * the container stops a larger upload early and the page says why in Hebrew.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration implements WebMvcConfigurer {

    /** Room for the alt text, caption, credit and CSRF token beside the file in one request. */
    static final long FORM_FIELDS_BYTES = 64 * 1024;

    private final MediaStore store;

    MediaConfiguration(MediaStore store) {
        this.store = store;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        store.serve(registry.addResourceHandler("/media/**"));
    }

    /** Just before Spring Security's filters, which read the CSRF token as a parameter. */
    @Bean
    FilterRegistrationBean<OversizedUploads> oversizedUploads(MediaTexts texts) {
        FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(new OversizedUploads(texts));
        registration.setUrlPatterns(OversizedUploads.PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    MultipartConfigElement multipartConfigElement(MediaProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(properties.maxBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxBytes() + FORM_FIELDS_BYTES));
        return factory.createMultipartConfig();
    }
}
