package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

import io.iton.shared.InvalidInput;
import io.iton.shared.SiteProperties;
import io.iton.support.Engine;
import io.iton.support.TestDb;
import io.iton.support.TestDbs;

/**
 * Quote numbers on H2 and PostgreSQL: 20 quotes made at once get 1…20 of their year with no gap
 * and no duplicate, the first of a year included; a refused quote takes no number; a new year
 * starts at 0001.
 */
class QuoteNumberingIT {

    private static final TestDbs dbs = new TestDbs();
    private static final int THREADS = 20;

    @AfterAll
    static void drop() {
        dbs.close();
    }

    private static Quotes quotes(TestDb db, Instant now) {
        JdbcClient jdbc = db.jdbc();
        SiteProperties site = mock(SiteProperties.class);
        when(site.timeZone()).thenReturn(ZoneId.of("Asia/Jerusalem"));
        return new Quotes(new QuoteRepository(jdbc), new QuoteNumbers(jdbc), new RateCard(new ProductRepository(jdbc)),
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                Clock.fixed(now, ZoneOffset.UTC), site, null);
    }

    private static QuoteFields oneBanner(String validUntil) {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("product", "3");
        params.add("quantity", "2");
        params.add("discount", "7.5");
        params.add("price", "");
        params.add("validUntil", validUntil);
        return QuoteFields.from(params);
    }

    private static <T> T asSales(Callable<T> work) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("sales@iton.test", null,
                "ROLE_SALES"));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twentyQuotesAtOnceGetOneToTwentyWithNoGapAndNoDuplicate(Engine engine) throws Exception {
        TestDb db = dbs.get(engine);
        // 2031 has no quote yet: the counter row for the year is made by one of the racing quotes.
        Quotes quotes = quotes(db, Instant.parse("2031-03-01T10:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Quote>> made = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                long lead = QuoteFixtures.lead(db.jdbc(), "לקוח " + i, "", "c" + i + "@example.com", "NEW");
                made.add(pool.submit(() -> asSales(() -> {
                    start.await();
                    return quotes.create(new QuoteRecipient(lead, "לקוח " + lead, "", "c" + lead + "@example.com"),
                            oneBanner("2031-03-31"), null);
                })));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<Quote> f : made) {
                numbers.add(f.get().number());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, THREADS).mapToObj(n -> "2031-%04d".formatted(n)).toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM advert_quote WHERE quote_year = 2031").query(Long.class).single())
                .isEqualTo(THREADS);
        Quote one = quotes.forLead(db.jdbc().sql("SELECT MIN(lead_id) FROM advert_quote WHERE quote_year = 2031")
                .query(Long.class).single()).getFirst();
        assertThat(one.totals()).isEqualTo(new QuoteTotals(462_500, 83_250, 545_750));
        assertThat(one.lines().getFirst().productName()).isEqualTo("באנר בעמוד הבית");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRefusedQuoteTakesNoNumberAndANewYearStartsAgain(Engine engine) throws Exception {
        TestDb db = dbs.get(engine);
        Quotes in2032 = quotes(db, Instant.parse("2032-12-31T21:30:00Z"));  // 23:30 in Jerusalem
        QuoteRecipient to = new QuoteRecipient(QuoteFixtures.lead(db.jdbc(), "נועה", "", "noa@example.com", "NEW"),
                "נועה", "", "noa@example.com");
        assertThat(asSales(() -> in2032.create(to, oneBanner("2033-01-10"), null).number())).isEqualTo("2032-0001");
        assertThatThrownBy(() -> asSales(() -> in2032.create(to, oneBanner("2030-01-01"), null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(asSales(() -> in2032.create(to, oneBanner("2033-01-10"), null).number())).isEqualTo("2032-0002");
        Quotes in2033 = quotes(db, Instant.parse("2032-12-31T22:30:00Z"));  // 00:30 on 1 January in Jerusalem
        assertThat(asSales(() -> in2033.create(to, oneBanner("2033-01-10"), null).number())).isEqualTo("2033-0001");
    }
}
