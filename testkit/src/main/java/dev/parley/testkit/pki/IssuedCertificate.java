package dev.parley.testkit.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A leaf certificate with the chain a server presents (leaf first, then intermediates; the root is
 * left out, as a TLS server sends it) and its private key.
 */
public record IssuedCertificate(List<X509Certificate> chain, PrivateKey key) {

  public IssuedCertificate {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a chain has at least the leaf");
    }
  }

  public X509Certificate leaf() {
    return chain.getFirst();
  }

  /** The chain as concatenated PEM certificates, leaf first. */
  public String chainPem() {
    return Pem.certificates(chain);
  }

  /** The private key as unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"). */
  public String keyPem() {
    return Pem.privateKey(key);
  }

  /**
   * Writes {@code <baseName>.crt} (the chain) and {@code <baseName>.key} (PKCS#8) into {@code
   * directory}, creating it if needed. The result plugs into {@code
   * SslContextBuilder.forServer(chain.toFile(), key.toFile())} and into Prosody's and ejabberd's
   * configuration.
   */
  public PemFiles writeTo(Path directory, String baseName) {
    try {
      Files.createDirectories(directory);
      Path chainFile = Files.writeString(directory.resolve(baseName + ".crt"), chainPem());
      Path keyFile = Files.writeString(directory.resolve(baseName + ".key"), keyPem());
      return new PemFiles(chainFile, keyFile);
    } catch (IOException e) {
      throw new TestPkiException("cannot write PEM files to " + directory, e);
    }
  }

  /** Where {@link #writeTo} put the chain and the key. */
  public record PemFiles(Path chain, Path key) {}
}
