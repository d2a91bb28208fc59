/**
 * The load tool's self-test: an in-process echo endpoint that speaks just enough XMPP (stream
 * header, STARTTLS, SCRAM-SHA-1, bind, message delivery between its own sessions) for the tool's
 * login and chat workloads, so the tool can state the rates it can drive by itself.
 */
package dev.parley.bench.selftest;
