package dev.parley.it;

import dev.parley.testkit.peers.SecurityMode;

/**
 * {@link MucFederationIT} in the seed's TLS Required mode: strict certificates from one test CA and
 * SASL EXTERNAL both ways; Parley's certificate names {@code conference.parley.test} beside {@code
 * parley.test} (one certificate with several DNS names), so peers accept the alias too.
 */
class MucFederationTlsIT extends MucFederationIT {
  @Override
  SecurityMode mode() {
    return SecurityMode.TLS_REQUIRED;
  }
}
