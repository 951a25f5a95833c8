package io.iton.ops;

import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import io.iton.search.SearchBusy;

/**
 * Test only: handlers that fail the way production code can, with SQL and Java details in the
 * exception, so the tests can check that a visitor never sees them. A test component: only the
 * contexts that import it ({@link OpsTest}) have it.
 */
@Controller
@TestComponent
class FaultyController {

    static final String TABLE = "no_such_table_for_ops";

    private final JdbcClient jdbc;

    FaultyController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping({"/category/faulty/db", "/api/v1/faulty/db", "/newsroom/faulty/db"})
    @ResponseBody
    String databaseError() {
        return jdbc.sql("SELECT secret_column FROM " + TABLE + " WHERE id = :id").param("id", 1)
                .query(String.class).single();
    }

    /** The site's page template without the page it renders: jte fails while rendering. */
    @GetMapping({"/category/faulty/template", "/newsroom/faulty/template"})
    ModelAndView templateError() {
        return new ModelAndView("site/simple", Map.of());
    }

    /** What a search whose turn did not come in time throws ({@code iton.search.queue-timeout}). */
    @GetMapping({"/category/faulty/busy", "/api/v1/faulty/busy"})
    @ResponseBody
    String busy() {
        throw new SearchBusy();
    }

    @GetMapping({"/category/faulty/runtime", "/api/v1/faulty/runtime"})
    @ResponseBody
    String runtimeError() {
        throw new IllegalStateException("internal detail io.iton.secret at line 42");
    }
}
