package io.iton.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs run in the serving application, not in a one-shot {@link Command}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${iton.command:}'.isEmpty()")
class SchedulingConfiguration {
}
