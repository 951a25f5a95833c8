package io.iton.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.iton.shared.Forbidden;
import io.iton.shared.InvalidInput;
import io.iton.support.Fixtures;

/**
 * Administrators managing accounts, through the pages and straight through the service: who may,
 * duplicate e-mails, no self-demotion, and never no administrator at all.
 */
abstract class UserAdministrationContract extends AccountTestBase {

    @Autowired
    UserAdministration users;

    @Test
    void onlyAdministratorsSeeTheUsersPage() {
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            var someone = user(role);
            var browser = client();
            browser.login(someone.email(), PASSWORD, false);
            assertThat(browser.get("/newsroom/users").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(browser.get("/newsroom/users/new").statusCode()).as(role.name()).isEqualTo(403);
            var post = browser.submit("/newsroom/account", "/newsroom/users",
                    Map.of("displayName", "x", "email", Fixtures.unique("x") + "@iton.test", "role", "ADMIN", "password", PASSWORD));
            assertThat(post.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(page(browser.get("/newsroom/account")).select("a[href=/newsroom/users]")).as(role.name()).isEmpty();
            assertThatThrownBy(() -> users.list(someone.email())).isInstanceOf(Forbidden.class);
        }
        var admin = user(Role.ADMIN);
        var browser = client();
        browser.login(admin.email(), PASSWORD, false);
        Document list = page(browser.get("/newsroom/users"));
        assertThat(list.select("a[href=/newsroom/users]")).isNotEmpty();
        assertThat(list.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains(admin.email(), "מנהל/ת", "פעיל/ה"));
    }

    @Test
    void anAdministratorCreatesAccountsAndADuplicateEmailIsAFieldError() throws Exception {
        var admin = user(Role.ADMIN);
        var browser = client();
        browser.login(admin.email(), PASSWORD, false);
        String email = Fixtures.unique("new") + "@iton.test";
        var created = browser.submit("/newsroom/users/new", "/newsroom/users",
                Map.of("displayName", "עורכת חדשה", "email", email, "role", "EDITOR", "password", "סיסמה-ראשונית-ארוכה"));
        assertThat(location(created)).endsWith("/newsroom/users");
        Document list = page(browser.get("/newsroom/users"));
        assertThat(list.selectFirst(".notice.ok").text()).contains(email);
        assertThat(list.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains("עורכת חדשה", email, "עורך/ת", "מעולם לא"));
        assertThat(location(client().login(email, "סיסמה-ראשונית-ארוכה", false))).doesNotContain("error");

        var duplicate = browser.submit("/newsroom/users/new", "/newsroom/users",
                Map.of("displayName", "שוב", "email", email.toUpperCase(), "role", "WRITER", "password", "סיסמה-ראשונית-ארוכה"));
        assertThat(duplicate.statusCode()).isEqualTo(422);
        Document form = page(duplicate);
        assertThat(form.selectFirst("#user-email-error").text()).isEqualTo("כבר קיים משתמש עם כתובת דוא\"ל זו.");
        assertThat(form.selectFirst("#user-email").attr("value")).isEqualTo(email.toUpperCase());
        assertThat(form.selectFirst("#user-name").attr("value")).isEqualTo("שוב");
        assertThat(form.selectFirst("#user-role option[selected]").attr("value")).isEqualTo("WRITER");

        MAIL.purgeEmailFromAllMailboxes();
        String invited = Fixtures.unique("invited") + "@iton.test";
        browser.submit("/newsroom/users/new", "/newsroom/users",
                Map.of("displayName", "כותב מוזמן", "email", invited, "role", "WRITER", "password", ""));
        assertThat(MAIL.waitForIncomingEmail(15_000, 1)).isTrue();
        var invitation = MAIL.getReceivedMessagesForDomain(invited);
        assertThat(invitation).hasSize(1);
        assertThat(invitation[0].getSubject()).isEqualTo("הוזמנת לחדר החדשות של עיתון");
        assertThat((String) invitation[0].getContent()).contains("/newsroom/password-reset/");
    }

    @Test
    void anAdministratorNeitherDemotesNorDisablesThemselves() {
        var admin = user(Role.ADMIN);
        var browser = client();
        browser.login(admin.email(), PASSWORD, false);
        Document list = page(browser.get("/newsroom/users"));
        assertThat(list.select("tr[data-user=" + admin.id() + "] form")).as("no such buttons on one's own row").isEmpty();

        var demote = browser.submit("/newsroom/users", "/newsroom/users/" + admin.id() + "/role", Map.of("role", "WRITER"));
        assertThat(location(demote)).endsWith("/newsroom/users");
        assertThat(page(browser.get("/newsroom/users")).selectFirst(".notice.error").text())
                .isEqualTo("אי אפשר להשבית או להוריד בתפקיד את החשבון שלך.");
        browser.submit("/newsroom/users", "/newsroom/users/" + admin.id() + "/enabled", Map.of("enabled", "false"));
        assertThat(accounts.get(admin.id())).extracting(UserAccount::role, UserAccount::enabled).containsExactly(Role.ADMIN, true);
        assertThatThrownBy(() -> users.changeRole(admin.email(), admin.id(), Role.EDITOR)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> users.setEnabled(admin.email(), admin.id(), false)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDisabledOrDemotedUserLosesAccessAtOnce() {
        var admin = user(Role.ADMIN);
        var editor = user(Role.EDITOR);
        var browser = client();
        browser.login(editor.email(), PASSWORD, true);
        assertThat(rememberMeTokens(editor)).isEqualTo(1);

        assertThat(browser.get("/newsroom/account").statusCode()).isEqualTo(200);
        users.setEnabled(admin.email(), editor.id(), false);
        assertThat(rememberMeTokens(editor)).isZero();
        assertThat(location(browser.get("/newsroom/account"))).as("an open session ends with the account").endsWith("/newsroom/login");
        assertThat(client().api(editor.email(), PASSWORD, "/api/v1/articles?scope=all").statusCode()).isEqualTo(401);
        assertThat(location(client().login(editor.email(), PASSWORD, false))).endsWith("?error");

        users.setEnabled(admin.email(), editor.id(), true);
        var otherAdmin = user(Role.ADMIN);
        var adminBrowser = client();
        adminBrowser.login(otherAdmin.email(), PASSWORD, false);
        users.changeRole(admin.email(), otherAdmin.id(), Role.WRITER);
        var demoted = adminBrowser.get("/newsroom/users");
        assertThat(demoted.statusCode()).as("the session of a demoted administrator ends").isEqualTo(302);
        assertThat(location(demoted)).endsWith("/newsroom/login");
        adminBrowser.login(otherAdmin.email(), PASSWORD, false);
        assertThat(adminBrowser.get("/newsroom/users").statusCode()).as("logged in again, as a writer").isEqualTo(403);
        assertThat(adminBrowser.get("/newsroom/account").statusCode()).isEqualTo(200);
    }

    /**
     * Two administrators, alone, demote each other at the same moment: one wins, the other is
     * refused, and one administrator is left. Every other administrator is set aside meanwhile.
     */
    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        List<Long> others = jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE").query(Long.class).list();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id IN (:ids)").param("ids", others).update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var a = user(Role.ADMIN);
                var b = user(Role.ADMIN);
                var barrier = new CyclicBarrier(2);
                List<Callable<String>> moves = List.of(
                        () -> demote(barrier, a, b), () -> demote(barrier, b, a));
                List<String> outcomes = new ArrayList<>();
                for (Future<String> outcome : pool.invokeAll(moves)) {
                    outcomes.add(outcome.get());
                }
                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("done", "refused");
                assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE")
                        .query(Long.class).single()).as("round %d", round).isEqualTo(1);
                jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id IN (:ids)").param("ids", List.of(a.id(), b.id())).update();
            }
        } finally {
            pool.shutdownNow();
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE id IN (:ids)").param("ids", others).update();
        }
    }

    private String demote(CyclicBarrier barrier, UserAccount by, UserAccount whom) throws Exception {
        barrier.await();
        try {
            users.changeRole(by.email(), whom.id(), Role.EDITOR);
            return "done";
        } catch (InvalidInput | Forbidden refused) {
            return "refused";
        }
    }
}
