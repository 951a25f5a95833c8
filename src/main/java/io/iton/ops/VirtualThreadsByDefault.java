package io.iton.ops;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Requests are served on virtual threads where the JDK makes that safe. Tomcat hands every
 * request from its poller thread to a worker; with platform workers that hand-off (a futex
 * wake-up, a context switch) cost about as much as answering a kept page: measured beside each
 * other with wrk on the article page, 34–41 µs of CPU a request on platform threads against 26 on
 * virtual ones. Before Java 24 a virtual thread that blocks inside {@code synchronized} pins its
 * carrier (JEP 491), and on a two-core machine two pinned carriers stop every request, so there
 * the default stays off. {@code spring.threads.virtual.enabled} set anywhere else wins: this is
 * the last of the property sources.
 */
class VirtualThreadsByDefault implements EnvironmentPostProcessor {

    /** The first Java whose virtual threads do not pin their carrier in {@code synchronized} (JEP 491). */
    static final int UNPINNED_SINCE = 24;
    static final String PROPERTY = "spring.threads.virtual.enabled";

    private final int javaVersion;

    VirtualThreadsByDefault() {
        this(Runtime.version().feature());
    }

    VirtualThreadsByDefault(int javaVersion) {
        this.javaVersion = javaVersion;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (javaVersion >= UNPINNED_SINCE) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("iton-virtual-threads", Map.of(PROPERTY, "true")));
        }
    }
}
