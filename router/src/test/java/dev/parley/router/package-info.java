/**
 * Tests of the routing rules against a real router with in-memory stores and recording sessions.
 */
package dev.parley.router;
