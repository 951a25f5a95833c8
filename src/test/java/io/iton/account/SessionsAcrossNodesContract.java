package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.SecondNode;
import io.iton.support.Session;

/**
 * A newsroom login lives in the database (Spring Session JDBC): it works on any node behind the
 * load balancer, survives a node's restart, and a logout on one node ends it on all of them.
 */
abstract class SessionsAcrossNodesContract extends AppTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private static boolean loggedIn(Session session) {
        var page = session.get("/newsroom");
        return page.statusCode() == 200;
    }

    @Test
    void aLoginWorksOnAnotherNodeAndSurvivesItsRestart() {
        Session browser = Session.login(http, ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(loggedIn(browser)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :email")
                .param("email", ADMIN_EMAIL).query(Long.class).single()).isPositive();

        try (SecondNode node = SecondNode.on(dataSource)) {
            assertThat(loggedIn(browser.on(node.http))).as("the same cookie on another node").isTrue();
        }
        try (SecondNode restarted = SecondNode.on(dataSource)) {
            Session there = browser.on(restarted.http);
            assertThat(loggedIn(there)).as("after that node restarted").isTrue();

            var out = there.post("/newsroom/logout", java.util.Map.of());
            assertThat(out.statusCode()).isEqualTo(302);
        }
        var after = browser.get("/newsroom");
        assertThat(after.statusCode()).as("logged out everywhere").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/newsroom/login");
    }
}
