package io.iton.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.iton.shared.Localizer;

/** On a database with no users, creates the administrator named by the environment. */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AdminProperties admin;
    private final Localizer t;

    AdminBootstrap(Accounts accounts, AdminProperties admin, Localizer t) {
        this.accounts = accounts;
        this.admin = admin;
        this.t = t;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noneExist()) {
            return;
        }
        if (!admin.isSet()) {
            log.warn("No newsroom user exists yet. Set ITON_ADMIN_EMAIL and ITON_ADMIN_PASSWORD (at least {} "
                    + "characters) and restart to create the first administrator.", Accounts.MIN_PASSWORD);
            return;
        }
        UserAccount created = accounts.create(admin.email(), t.text("account.defaultAdminName"), admin.password(), Role.ADMIN);
        log.info("Created the first administrator, {}, from ITON_ADMIN_EMAIL.", created.email());
    }
}
