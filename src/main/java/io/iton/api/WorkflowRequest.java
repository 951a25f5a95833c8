package io.iton.api;

import java.time.OffsetDateTime;

/**
 * A workflow step on the article as it was at {@code version}: {@code at} schedules or backdates a
 * publish, {@code note} says why an article is returned to draft, {@code kind} names the approval.
 */
record WorkflowRequest(Integer version, OffsetDateTime at, String note, String kind) {
}
