/**
 * RFC 6121, kept together because the RFC couples its parts: rosters with versioning, the
 * subscription state machine (with pre-approval), presence broadcast, probes and directed presence,
 * and offline message storage (XEP-0160).
 */
package dev.parley.im;
