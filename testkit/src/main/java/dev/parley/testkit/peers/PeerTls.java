package dev.parley.testkit.peers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The PEM files a peer needs in a TLS mode: its own certificate (chain), the matching private key,
 * and the test CA it trusts for the other servers' certificates. For ejabberd use certificates with
 * DNS subject alternative names only (PEERS.md quirk 6).
 *
 * @param certificate PEM certificate (leaf first, then any intermediates)
 * @param privateKey PEM private key of {@code certificate}, unencrypted
 * @param caCertificate PEM certificate of the only CA the peer trusts
 */
public record PeerTls(Path certificate, Path privateKey, Path caCertificate) {

  /** Checks that every file exists, so a missing file fails here and not in the peer's log. */
  public PeerTls {
    requireFile(certificate, "certificate");
    requireFile(privateKey, "privateKey");
    requireFile(caCertificate, "caCertificate");
    certificate = certificate.toAbsolutePath();
    privateKey = privateKey.toAbsolutePath();
    caCertificate = caCertificate.toAbsolutePath();
  }

  private static void requireFile(Path path, String name) {
    Objects.requireNonNull(path, name);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(name + " is not a readable file: " + path);
    }
  }
}
