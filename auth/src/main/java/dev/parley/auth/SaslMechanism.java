package dev.parley.auth;

import java.util.Optional;

/**
 * One SASL exchange on the server side. Instances are single-use and not thread-safe; methods may
 * block on the database, so callers run them off event loops.
 */
public interface SaslMechanism {

  /** The IANA mechanism name, for example {@code SCRAM-SHA-256}. */
  String name();

  /** The client's {@code <auth/>}, with its initial response when it sent one. */
  SaslStep start(Optional<byte[]> initialResponse);

  /** The client's {@code <response/>} to the last challenge. */
  SaslStep respond(byte[] response);
}
