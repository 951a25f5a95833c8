package io.iton.advert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Anonymizes leads past {@code iton.advert.lead-retention} once a night (03:30 Israel time), on one node. */
@Component
class LeadPrivacyJob {

    private static final Logger log = LoggerFactory.getLogger(LeadPrivacyJob.class);

    private final LeadPrivacy privacy;

    LeadPrivacyJob(LeadPrivacy privacy) {
        this.privacy = privacy;
    }

    @Scheduled(cron = "${iton.advert.anonymize-cron:0 30 3 * * *}", zone = "${iton.site.time-zone:Asia/Jerusalem}")
    @SchedulerLock(name = "lead-anonymizer", lockAtMostFor = "PT30M")
    public void run() {
        int done = privacy.anonymizeDue((Long) null);
        if (done > 0) {
            log.info("Anonymized {} leads past the retention period", done);
        }
    }
}
