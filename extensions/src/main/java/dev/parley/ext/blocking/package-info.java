/**
 * XEP-0191 Blocking Command: the block list IQs with their pushes, and an interceptor that keeps
 * blocked entities' stanzas away from the user and the user's stanzas away from them.
 */
package dev.parley.ext.blocking;
