package io.iton.article;

/** Scheduled publishing on the embedded default, H2 in file mode. */
class SchedulingOnH2IT extends SchedulingContract {
}
