/**
 * Micro-benchmarks (JMH) of the protocol core: reading stanzas from the XML stream, writing them,
 * and parsing JIDs. Run them with {@code ./parley bench jmh}; docs/PERFORMANCE.md has the numbers.
 */
package dev.parley.bench;
