package io.iton.article;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editorial workflow's settings.
 *
 * @param reviews             the review kinds an article can require, as codes ({@code review.kind.CODE}
 *                            in the messages names each; a code without a message shows as itself)
 * @param missedScheduleGrace how late the publishing job may see a due article before it counts as a
 *                            missed schedule (no node was running at its time)
 * @param schedulerStaleAfter how long without a run of the publishing job before health says DOWN
 */
@ConfigurationProperties("iton.newsroom")
public record WorkflowProperties(
        @DefaultValue({"LEGAL", "CENSOR"}) List<String> reviews,
        @DefaultValue("60s") Duration missedScheduleGrace,
        @DefaultValue("3m") Duration schedulerStaleAfter) {
}
