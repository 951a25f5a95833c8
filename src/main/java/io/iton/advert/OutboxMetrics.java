package io.iton.advert;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code iton.outbox.backlog{status}}: mail waiting to be sent (PENDING) and mail given up on
 * (FAILED). A backlog that keeps growing means the SMTP server is down or refusing us.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final Outbox outbox;

    OutboxMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MailStatus status : new MailStatus[] {MailStatus.PENDING, MailStatus.FAILED}) {
            Gauge.builder("iton.outbox.backlog", outbox, o -> o.count(status))
                    .description("Messages in the mail outbox by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
