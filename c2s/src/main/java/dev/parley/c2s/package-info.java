/**
 * The client connection manager: ports 5222 (STARTTLS) and 5223 (direct TLS, XEP-0368), stream
 * negotiation as an explicit state machine (TLS → SASL → bind → session → stream management), and
 * the bound session that the router delivers to. Negotiation runs on the connection's event loop;
 * anything that may block (SASL, routing) runs on the connection's serial executor, in order, on
 * virtual threads.
 */
package dev.parley.c2s;
