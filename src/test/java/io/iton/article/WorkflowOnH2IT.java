package io.iton.article;

import org.springframework.context.annotation.Import;

/** The workflow contract on the embedded default, H2 in file mode. */
@Import(WorkflowH2DataSource.class)
class WorkflowOnH2IT extends WorkflowContract {
}
