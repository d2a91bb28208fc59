/**
 * A private PostgreSQL server for tests, started from the Debian package's binaries ({@code
 * /usr/lib/postgresql/<version>/bin}) into a temporary directory, on a free port of 127.0.0.1, and
 * removed when the test run ends. Register {@link dev.parley.testkit.postgres.PostgresExtension} on
 * a test class to get a fresh database of that server. There is no skipping: without PostgreSQL
 * installed the tests fail and say what to install.
 */
package dev.parley.testkit.postgres;
