package io.iton.article;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.iton.support.AppTest;

/**
 * The application with a clock the tests move and a publishing job they run themselves. Its H2
 * variants bring their own database ({@link WorkflowH2DataSource}), its PostgreSQL ones a fresh
 * database as every contract does.
 */
@Import(WorkflowTestConfiguration.class)
@TestPropertySource(properties = WorkflowTestConfiguration.PROPERTIES)
abstract class WorkflowAppTest extends AppTest {
}
