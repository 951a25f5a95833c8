package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class VirtualThreadsTest {

    @Test
    void onJava24AndLaterRequestsRunOnVirtualThreadsByDefault() {
        assertThat(enabled(new VirtualThreadsByDefault(24), new StandardEnvironment())).isEqualTo("true");
        assertThat(enabled(new VirtualThreadsByDefault(25), new StandardEnvironment())).isEqualTo("true");
    }

    @Test
    void beforeJava24WhereSynchronizedPinsTheCarrierTheyStayOff() {
        assertThat(enabled(new VirtualThreadsByDefault(21), new StandardEnvironment())).isNull();
    }

    @Test
    void aSettingOfTheOperatorWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new MapPropertySource("operator", Map.of(VirtualThreadsByDefault.PROPERTY, "false")));
        assertThat(enabled(new VirtualThreadsByDefault(25), environment)).isEqualTo("false");
    }

    private static String enabled(VirtualThreadsByDefault defaults, StandardEnvironment environment) {
        defaults.postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(VirtualThreadsByDefault.PROPERTY);
    }
}
