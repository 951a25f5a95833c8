package io.iton.support;

import java.util.EnumMap;
import java.util.Map;

/** One database per engine for a test class, made on first use and deleted by {@link #close()}. */
public final class TestDbs implements AutoCloseable {

    private final Map<Engine, TestDb> databases = new EnumMap<>(Engine.class);

    public synchronized TestDb get(Engine engine) {
        if (engine == Engine.POSTGRESQL) {
            Postgres.assumeReachable();
        }
        return databases.computeIfAbsent(engine, TestDb::create);
    }

    @Override
    public synchronized void close() {
        databases.values().forEach(TestDb::close);
        databases.clear();
    }
}
