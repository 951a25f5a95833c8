package io.iton.api;

import java.time.OffsetDateTime;

/** Publish or unpublish the article as it was at {@code version}; {@code at} schedules or backdates. */
record WorkflowRequest(Integer version, OffsetDateTime at) {
}
