package dev.parley.federation;

import dev.parley.protocol.DomainJid;

/**
 * Decides whether a remote domain may authenticate an inbound server stream at all. The federation
 * policy (seed: "Configure policy for XMPP federation") plugs in here, so that a peer whose inbound
 * traffic is denied fails authentication and none of its stanzas reach a user. It is asked once per
 * (stream, remote domain), after the identity is proven, so a denial never leaks whether a
 * certificate or key was right.
 */
@FunctionalInterface
public interface InboundAdmission {

  /** Lets every domain in, for nodes without a policy and for tests. */
  InboundAdmission ALLOW_ALL = remote -> new Admitted();

  /** The verdict for {@code remote}; must not block (it runs on the stream's event loop). */
  Verdict admit(DomainJid remote);

  /** What {@link #admit} answers. */
  sealed interface Verdict permits Admitted, Refused {}

  /** The domain may use the stream. */
  record Admitted() implements Verdict {}

  /**
   * The domain is refused; the stream is closed with {@code policy-violation} and {@code reason} as
   * its text.
   *
   * @param reason for the peer's operator and our log, such as "federation policy denies inbound
   *     traffic from example.org (exception *.example.org, incoming)"
   */
  record Refused(String reason) implements Verdict {}
}
