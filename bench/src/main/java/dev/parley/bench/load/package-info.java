/**
 * The load tool behind {@code ./parley bench load}: a lightweight XMPP client made for 100,000
 * connections (Netty channels on shared event loops, OpenSSL STARTTLS, SASL PLAIN or SCRAM, bind,
 * initial presence), traffic scenarios (c2s pairs on one server, pairs across a federation link),
 * rate limiting or closed-loop maximum throughput, and end-to-end latency in HdrHistogram. {@code
 * nodes} starts benchmark servers (two Parley nodes, or Parley and Prosody) with test certificates
 * and DNS. docs/PERFORMANCE.md ("Load tool") explains how to run it and what it measures.
 */
package dev.parley.bench.load;
