package dev.parley.c2s;

import dev.parley.auth.SaslMechanism;

/** Where a client stream is in its negotiation (RFC 6120 §4.3 to §7, XEP-0198). */
sealed interface ClientState {

  /** Waiting for the client's stream header, before or after authentication. */
  record AwaitingHeader(boolean authenticated) implements ClientState {}

  /** Headers and features exchanged; waiting for STARTTLS, SASL, bind or resume. */
  record Negotiating(boolean authenticated) implements ClientState {}

  /** A SASL exchange is under way. */
  record Authenticating(SaslMechanism mechanism) implements ClientState {}

  /** A resource is bound: stanzas flow. */
  record Bound(LocalClientSession session) implements ClientState {}

  /** The stream is closing or closed; input is ignored. */
  record Closed() implements ClientState {}
}
