package dev.parley.testkit.pki;

import java.time.Instant;
import java.util.List;

/**
 * What a test server certificate should look like. Start from {@link #forDomain} (a DNS name for
 * the domain, serverAuth and clientAuth, valid now, ECDSA P-256) and change one part at a time.
 *
 * @param commonName the subject CN; RFC 6125 §6.4.4 lets it count only when there is no SAN
 * @param names the subject alternative names; empty means no SAN extension at all
 * @param purpose the extended key usage
 * @param validity when the certificate is valid
 * @param algorithm the leaf's key pair
 */
public record LeafSpec(
    String commonName,
    List<SubjectName> names,
    KeyPurpose purpose,
    Validity validity,
    KeyAlgorithm algorithm) {

  public LeafSpec {
    names = List.copyOf(names);
    if (commonName.isBlank()) {
      throw new IllegalArgumentException("a test leaf needs a common name");
    }
  }

  /**
   * The default leaf for {@code domain}: CN and one DNS SAN equal to the domain. No XmppAddr or
   * SRV-ID, because ejabberd 23.01 crashes on them (shared/PEERS.md quirk 6).
   */
  public static LeafSpec forDomain(String domain) {
    return new LeafSpec(
        domain,
        List.of(SubjectName.dns(domain)),
        KeyPurpose.SERVER_AND_CLIENT_AUTH,
        Validity.current(Instant.now()),
        KeyAlgorithm.EC_P256);
  }

  /** The same leaf with exactly these SANs (none at all when empty). */
  public LeafSpec withNames(SubjectName... newNames) {
    return new LeafSpec(commonName, List.of(newNames), purpose, validity, algorithm);
  }

  public LeafSpec withCommonName(String newCommonName) {
    return new LeafSpec(newCommonName, names, purpose, validity, algorithm);
  }

  public LeafSpec withPurpose(KeyPurpose newPurpose) {
    return new LeafSpec(commonName, names, newPurpose, validity, algorithm);
  }

  public LeafSpec withValidity(Validity newValidity) {
    return new LeafSpec(commonName, names, purpose, newValidity, algorithm);
  }

  public LeafSpec withAlgorithm(KeyAlgorithm newAlgorithm) {
    return new LeafSpec(commonName, names, purpose, validity, newAlgorithm);
  }
}
