package io.iton.advert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.shared.GeneratedId;
import io.iton.support.Fixtures;

/** Leads and quote form fields for the quote tests. */
final class QuoteFixtures {

    private QuoteFixtures() {
    }

    /** A lead as /advertise stores it, written with SQL so each test owns its data. */
    static long lead(JdbcClient jdbc, String name, String company, String email, String status) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        return GeneratedId.of(jdbc.sql("""
                        INSERT INTO ad_lead (reference, status, name, company, email, phone, phone_typed, products,
                                             message, received_at, updated_at)
                        VALUES (:reference, :status, :name, :company, :email, '+972501234567', '050-1234567', '',
                                'נשמח להצעה', :now, :now)""")
                .param("reference", Fixtures.unique("AD").substring(0, 11)).param("status", status)
                .param("name", name).param("company", company).param("email", email).param("now", now));
    }

    /** The form's fields: each row "product|quantity|discount|price", then the validity date and a note. */
    static List<Map.Entry<String, String>> lines(String validUntil, String... rows) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String row : rows) {
            String[] cell = row.split("\\|", -1);
            fields.add(Map.entry("product", cell[0]));
            fields.add(Map.entry("quantity", cell[1]));
            fields.add(Map.entry("discount", cell[2]));
            fields.add(Map.entry("price", cell[3]));
        }
        fields.add(Map.entry("validUntil", validUntil));
        fields.add(Map.entry("notes", "כולל <b>עיצוב</b>"));
        return fields;
    }
}
