package io.iton.support;

/** The two databases every SQL-touching test runs on. */
public enum Engine {
    H2, POSTGRESQL
}
