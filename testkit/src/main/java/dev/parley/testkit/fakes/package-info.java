/**
 * In-memory collaborators for unit tests of the router and the IM module: a session that records
 * what it is sent, and a user store.
 */
package dev.parley.testkit.fakes;
