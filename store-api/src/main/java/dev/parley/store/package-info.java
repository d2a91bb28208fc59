/**
 * Repository interfaces and the records they hold. No JDBC types appear here; {@code store-jdbc}
 * implements every interface and passes the {@code *Contract} tests in {@code testkit}.
 */
package dev.parley.store;
