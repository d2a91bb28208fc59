/**
 * Real Prosody and ejabberd servers (the Debian packages) as federation peers for Parley's tests.
 *
 * <p>{@link dev.parley.testkit.peers.ProsodyPeer#start} and {@link
 * dev.parley.testkit.peers.EjabberdPeer#start} take a {@link dev.parley.testkit.peers.PeerConfig}
 * (domain, loopback address, ports, {@link dev.parley.testkit.peers.SecurityMode}, TLS files, test
 * DNS server, MUC) and return a running {@link dev.parley.testkit.peers.XmppPeer}: its own process,
 * generated configuration and data in a temporary directory, logs in a file, listeners accepting
 * connections. {@code close()} stops it and removes the directory. The configuration follows {@code
 * PEERS.md}: each seed security mode, and the quirks of running these servers as root, on loopback,
 * against a private DNS zone under {@code .test}.
 *
 * <p>Nothing is global: a peer never edits files under {@code /etc}, never starts epmd or a system
 * service, and redirects its resolver through a private mount namespace only.
 */
package dev.parley.testkit.peers;
