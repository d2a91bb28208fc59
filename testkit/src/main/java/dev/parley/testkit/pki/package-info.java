/**
 * A test certificate authority: makes a root (and intermediates) and issues server certificates for
 * a domain with the subject alternative names, extended key usages and validity a test asks for,
 * then writes them as PEM files that Netty ({@code SslContextBuilder.forServer(chain, key)}),
 * Prosody and ejabberd read. Everything is generated in memory on each run; nothing is shipped.
 *
 * <p>The default leaf carries DNS names only, because ejabberd 23.01 crashes on XmppAddr and SRV-ID
 * names during inbound SASL EXTERNAL (shared/PEERS.md quirk 6); the richer names are opt-in through
 * {@link dev.parley.testkit.pki.LeafSpec#withNames}.
 */
package dev.parley.testkit.pki;
