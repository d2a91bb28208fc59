/**
 * Contract tests for the {@code dev.parley.store} repositories (STYLE.md rule 14): one interface of
 * {@code default @Test} methods per store. A backend's test class implements the contract and
 * {@link dev.parley.testkit.store.StoresUnderTest#stores()}; the same behaviour is then checked on
 * every backend (H2, PostgreSQL, an in-memory double).
 *
 * <p>The tests do not assume an empty database: each one works in a domain of its own ({@link
 * dev.parley.testkit.store.StoreTestData#freshDomain()}), so a backend may share one database
 * across the tests of a class.
 */
package dev.parley.testkit.store;
