package dev.parley.node;

import dev.parley.protocol.DomainJid;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A hosted domain and, optionally, the operator's certificate chain and key (PEM, RSA or ECDSA).
 * Without them a self-signed certificate is generated in the data directory on first start.
 */
public record DomainConfig(
    DomainJid domain, Optional<Path> certificate, Optional<Path> privateKey) {

  public DomainConfig {
    if (certificate.isPresent() != privateKey.isPresent()) {
      throw new ConfigException(
          "domain " + domain + ": give both 'certificate' and 'key', or neither");
    }
  }

  public static DomainConfig generated(DomainJid domain) {
    return new DomainConfig(domain, Optional.empty(), Optional.empty());
  }
}
