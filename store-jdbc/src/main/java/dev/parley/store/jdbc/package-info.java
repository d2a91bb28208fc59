/**
 * JDBC implementations of the {@code dev.parley.store} repositories on a HikariCP pool, with the
 * schema kept by Flyway migrations ({@code db/migration}). The same SQL runs on H2 (the embedded
 * default) and PostgreSQL (production and clusters). Start with {@link
 * dev.parley.store.jdbc.JdbcStores#open(DatabaseSettings)}.
 */
package dev.parley.store.jdbc;
