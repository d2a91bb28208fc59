package dev.parley.node;

import dev.parley.transport.TlsConfigurationException;
import dev.parley.transport.TlsContexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TLS contexts for the hosted domains: the operator's files, or generated self-signed ones. */
final class TlsSetup {
  private TlsSetup() {}

  static TlsContexts contexts(List<TlsContexts.KeyPair> pairs) {
    try {
      return TlsContexts.of(pairs);
    } catch (TlsConfigurationException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /**
   * The certificate and key of every hosted domain, then of every email domain, generated where
   * none is configured. Clients get the hosted domains' pairs; federation chooses among all by SNI.
   */
  static List<TlsContexts.KeyPair> keyPairs(NodeConfig config, Path dataDir) {
    List<TlsContexts.KeyPair> pairs = new ArrayList<>();
    List<DomainConfig> all = new ArrayList<>(config.domains());
    all.addAll(config.emailDomains());
    for (DomainConfig domain : all) {
      if (domain.certificate().isPresent()) {
        pairs.add(
            new TlsContexts.KeyPair(
                domain.domain().domain(),
                domain.certificate().get(),
                domain.privateKey().orElseThrow()));
      } else {
        pairs.add(SelfSignedCertificates.ensure(dataDir.resolve("tls"), domain.domain()));
      }
    }
    return pairs;
  }
}
