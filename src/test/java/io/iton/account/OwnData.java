package io.iton.account;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.iton.support.TestDb;

/**
 * A database of one application context's own. Every H2 context of the test run otherwise shares
 * one database file ({@code AppTest}): the account tests add administrators that other contracts
 * do not expect, the first-run tests need a database with no user at all, and a context started
 * beside another needs its own search index.
 */
final class OwnData {

    private OwnData() {
    }

    /** A fresh H2 database and search index (PostgreSQL contexts make their own database anyway). */
    static void database(DynamicPropertyRegistry registry, String name) {
        Path folder = Path.of("target", "it-data", name + "-" + UUID.randomUUID());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.toAbsolutePath().resolve("iton")
                + TestDb.H2_OPTIONS);
        registry.add("iton.search.index-dir", () -> folder.resolve("search").toAbsolutePath().toString());
    }
}
