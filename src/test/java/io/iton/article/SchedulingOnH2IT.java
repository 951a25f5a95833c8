package io.iton.article;

import org.springframework.context.annotation.Import;

/** Scheduled publishing on the embedded default, H2 in file mode. */
@Import(WorkflowH2DataSource.class)
class SchedulingOnH2IT extends SchedulingContract {
}
