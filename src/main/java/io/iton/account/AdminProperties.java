package io.iton.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code ITON_ADMIN_EMAIL} and {@code ITON_ADMIN_PASSWORD}: used
 * only while the database has no user at all. The password is never logged.
 */
@ConfigurationProperties("iton.admin")
record AdminProperties(String email, String password) {

    boolean isSet() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password=***]";
    }
}
