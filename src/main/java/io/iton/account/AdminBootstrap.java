package io.iton.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;
import io.iton.shared.NotFound;
import io.iton.shared.SiteProperties;

/**
 * On a database with no users, creates the administrator named by the environment; without one,
 * says where the set-up page is. Several nodes starting at once create one administrator.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AdminProperties admin;
    private final Localizer t;
    private final SiteProperties site;

    AdminBootstrap(Accounts accounts, AdminProperties admin, Localizer t, SiteProperties site) {
        this.accounts = accounts;
        this.admin = admin;
        this.t = t;
        this.site = site;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noneExist()) {
            return;
        }
        if (!admin.isSet()) {
            log.warn("No newsroom user exists yet. Open {} to create the first administrator, or set ITON_ADMIN_EMAIL "
                    + "and ITON_ADMIN_PASSWORD (at least {} characters) and restart.",
                    site.absolute("/newsroom/setup"), Accounts.MIN_PASSWORD);
            return;
        }
        try {
            UserAccount created = accounts.createFirstAdmin(t.text("account.defaultAdminName"), admin.email(),
                    admin.password(), admin.password());
            log.info("Created the first administrator, {}, from ITON_ADMIN_EMAIL.", created.email());
        } catch (NotFound anotherNodeWasFirst) {
            log.info("The first administrator was created elsewhere meanwhile; ITON_ADMIN_EMAIL is not used.");
        }
    }
}
