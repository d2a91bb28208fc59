package dev.parley.testkit.peers;

import dev.parley.testkit.pki.IssuedCertificate;
import dev.parley.testkit.pki.TestCa;
import java.nio.file.Path;

/** A test CA and certificates for peer domains, written as PEM files for the peers to load. */
final class TestCertificates {

  private final TestCa ca = TestCa.create("Parley Peers Test CA");
  private final Path directory;
  private final Path caFile;

  TestCertificates(Path directory) {
    this.directory = directory;
    this.caFile = ca.writeCaTo(directory.resolve("ca.crt"));
  }

  /** Certificate (DNS SAN only, PEERS.md quirk 6), key and CA for {@code domain}. */
  PeerTls forDomain(String domain) {
    IssuedCertificate.PemFiles files = ca.issue(domain).writeTo(directory, domain);
    return new PeerTls(files.chain(), files.key(), caFile);
  }
}
