package io.iton.article;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs {@link ScheduledPublishing} every 15 seconds (so an article is published within a minute
 * of its time) on one node at a time: ShedLock holds a lock row in the shared database. The lock
 * only saves work; the conditional UPDATE is what makes a second publish impossible.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT2M")
class ScheduledPublishingJob {

    private final ScheduledPublishing publishing;

    ScheduledPublishingJob(ScheduledPublishing publishing) {
        this.publishing = publishing;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Scheduled(fixedDelayString = "${iton.newsroom.scheduler.interval:PT15S}",
            initialDelayString = "${iton.newsroom.scheduler.initial-delay:PT5S}")
    @SchedulerLock(name = ScheduleRepository.JOB, lockAtMostFor = "PT2M",
            lockAtLeastFor = "${iton.newsroom.scheduler.lock-at-least-for:PT5S}")
    public void run() {
        publishing.publishDue();
    }
}
