/**
 * {@code ./parley bench load compare}: the side-by-side benchmark of issue 7. Adapters start
 * Parley, Prosody and ejabberd from scratch with equivalent settings (TLS, SCRAM-SHA-1 at 4096
 * iterations, no shapers, quiet logs) pinned to one core; workloads ({@code login}, {@code idle},
 * {@code chat}, {@code presence}, {@code muc}) run the load tool against each; the report writes
 * medians, spreads, ratios and server CPU per stanza (from /proc) into docs/PERFORMANCE.md. {@code
 * self-test} states the tool's own ceiling against an in-process echo endpoint.
 */
package dev.parley.bench.compare;
