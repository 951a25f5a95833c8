package io.iton.advert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next quote number of a year, from a counter row that is incremented inside the
 * transaction that inserts the quote: the row lock makes concurrent quotes wait their turn, and a
 * rolled-back quote rolls its number back too, so numbers have no gaps and no duplicates. The
 * first quote of a year inserts the row; two doing so at once collide on its key and one of them
 * is retried ({@link Quotes}).
 */
@Component
class QuoteNumbers {

    private final JdbcClient jdbc;

    QuoteNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside a transaction: the number is this year's, taken until the transaction ends. */
    int next(int year) {
        int updated = jdbc.sql("UPDATE advert_quote_counter SET last_number = last_number + 1 WHERE quote_year = :year")
                .param("year", year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO advert_quote_counter (quote_year, last_number) VALUES (:year, 1)")
                    .param("year", year).update();
            return 1;
        }
        return jdbc.sql("SELECT last_number FROM advert_quote_counter WHERE quote_year = :year")
                .param("year", year).query(Integer.class).single();
    }

    static String format(int year, int seq) {
        return "%d-%04d".formatted(year, seq);
    }
}
