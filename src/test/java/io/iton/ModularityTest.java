package io.iton;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Packages by feature, dependencies one way (STYLE.md): no cycles, no reaching into internals. */
class ModularityTest {

    @Test
    void featureBoundariesHold() {
        ApplicationModules.of(ItonApplication.class).verify();
    }
}
