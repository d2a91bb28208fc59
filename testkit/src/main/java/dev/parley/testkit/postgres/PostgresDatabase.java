package dev.parley.testkit.postgres;

/**
 * One database of the test server and how to reach it over TCP. The server trusts local
 * connections, so the password is empty.
 */
public record PostgresDatabase(String name, String jdbcUrl, String user, String password) {}
