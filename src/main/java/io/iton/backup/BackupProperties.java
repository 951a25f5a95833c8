package io.iton.backup;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backup settings ({@code iton.backup.*}).
 *
 * @param skipTables tables never exported nor restored: Flyway's own history (restore makes the
 *                   schema with Flyway), locks of running jobs, and login tokens that must not
 *                   outlive the installation they were issued by (remember-me, password-reset
 *                   links, HTTP sessions), and the cluster's change log (news for running nodes)
 */
@ConfigurationProperties("iton.backup")
record BackupProperties(
        @DefaultValue({"flyway_schema_history", "shedlock", "persistent_logins", "password_reset",
                "spring_session", "spring_session_attributes", "change_log"}) Set<String> skipTables) {
}
