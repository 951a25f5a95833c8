package io.iton.ops;

import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.tomcat.util.threads.TaskQueue;
import org.apache.tomcat.util.threads.TaskThreadFactory;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.DispatcherType;

/**
 * Which threads serve requests. On Java 24 or newer (where a virtual thread inside
 * {@code synchronized} no longer holds its carrier, JEP 491) Tomcat starts each request on a
 * virtual thread, which answers a kept page itself; anything else goes on to a pool of platform
 * threads ({@link PlatformHandOff}) as large as Tomcat's own would be. On older Java, or with
 * {@code iton.server.virtual-threads=false}, Tomcat's platform threads do it all, as before.
 */
@Configuration(proxyBeanMethods = false)
class HttpThreads {

    /** Right after the page cache (and Boot's observation filter), before Spring Security. */
    static final int HAND_OFF_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    private final boolean virtual;

    HttpThreads(@Value("${iton.server.virtual-threads:#{null}}") Boolean virtual) {
        this.virtual = virtual != null ? virtual : Runtime.version().feature() >= 24;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> virtualRequestThreads() {
        return factory -> {
            if (virtual) {
                factory.addProtocolHandlerCustomizers(handler -> handler.setExecutor(new VirtualThreadExecutor("iton-http-")));
            }
        };
    }

    /**
     * The filter and its platform threads, a pool built as Tomcat builds its own: an idle thread
     * takes the next request, a new one starts only when none is idle, up to
     * {@code server.tomcat.threads.max} (200 by default) and down to {@code server.tomcat.threads.min-spare}
     * (10) after a minute idle; requests beyond the maximum wait in the queue. Not a bean of its own: an {@code Executor}
     * bean would stand in for Boot's application task executor. (With platform request threads the
     * filter is not registered and its pool never starts a thread.)
     */
    @Bean
    FilterRegistrationBean<PlatformHandOff> platformHandOff(@Value("${server.tomcat.threads.min-spare:10}") int minSpare,
                                                            @Value("${server.tomcat.threads.max:200}") int max) {
        var registration = new FilterRegistrationBean<>(new PlatformHandOff(workers(minSpare, max)));
        registration.setOrder(HAND_OFF_ORDER);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.setEnabled(virtual);
        return registration;
    }

    private static ExecutorService workers(int minSpare, int max) {
        TaskQueue queue = new TaskQueue();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(minSpare, max, 60, TimeUnit.SECONDS, queue,
                new TaskThreadFactory("iton-work-", true, Thread.NORM_PRIORITY));
        queue.setParent(workers);
        return workers;
    }
}
