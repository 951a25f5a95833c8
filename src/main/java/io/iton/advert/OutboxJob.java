package io.iton.advert;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs the {@link OutboxSender} every few seconds on one node at a time (ShedLock, the lock row
 * in the shared database). Scheduling is off in command mode, so a command sends nothing.
 */
@Component
class OutboxJob {

    private final OutboxSender sender;

    OutboxJob(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${iton.advert.outbox-interval:PT10S}",
            initialDelayString = "${iton.advert.outbox-initial-delay:PT10S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
    public void run() {
        sender.sendDue();
    }
}
