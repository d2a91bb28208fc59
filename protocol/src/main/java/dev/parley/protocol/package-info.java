/**
 * The small core every other module shares: typed JIDs (RFC 7622), an immutable XML element and
 * stanza model, stanza and stream errors (RFC 6120 §8.3 and §4.9) and an incremental, limited XML
 * stream reader over Aalto's non-blocking parser.
 */
package dev.parley.protocol;
