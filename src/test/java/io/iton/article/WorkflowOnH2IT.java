package io.iton.article;

/** The workflow contract on the embedded default, H2 in file mode. */
class WorkflowOnH2IT extends WorkflowContract {
}
