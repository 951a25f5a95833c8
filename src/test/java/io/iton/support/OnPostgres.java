package io.iton.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.annotation.Import;

/**
 * Runs an {@link AppTest} on a fresh PostgreSQL database instead of H2: skipped, and saying so,
 * where no server answers, unless {@code ITON_TEST_POSTGRES=required} makes that a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(PostgresDataSource.class)
@ExtendWith(OnPostgres.Reachable.class)
public @interface OnPostgres {

    /** Checks the server before Spring starts the application against it. */
    class Reachable implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            Postgres.assumeReachable();
        }
    }
}
