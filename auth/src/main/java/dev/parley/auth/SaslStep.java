package dev.parley.auth;

import dev.parley.protocol.BareJid;
import java.util.Optional;

/** The server's answer to one client message of a SASL exchange (RFC 6120 §6.4). */
public sealed interface SaslStep {

  /** Send {@code <challenge/>} with this data and wait for the next response. */
  record Challenge(byte[] data) implements SaslStep {}

  /** Authenticated as {@code identity}; {@code additionalData} goes into {@code <success/>}. */
  record Success(BareJid identity, Optional<byte[]> additionalData) implements SaslStep {}

  /** Send {@code <failure/>} with this condition and text. */
  record Failure(SaslFailure condition, String text) implements SaslStep {}
}
