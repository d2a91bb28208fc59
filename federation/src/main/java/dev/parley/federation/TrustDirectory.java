package dev.parley.federation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The root CAs a peer's certificate chain may lead to. {@link #load} reads every {@code *.pem} and
 * {@code *.crt} file of a directory (a file may hold several certificates); an empty or missing
 * directory trusts no CA at all, so every CA-validated peer is untrusted until an operator installs
 * one. {@link #loadWithSystemCas} adds the JDK's default CAs ({@code cacerts}), which real
 * federation with public servers needs (the node's future {@code trust.include-system-cas}).
 */
public final class TrustDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(TrustDirectory.class);

  private final List<X509Certificate> certificates;

  private TrustDirectory(Collection<X509Certificate> certificates) {
    this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
  }

  /** No trusted CA: only pinned domains can be trusted. */
  public static TrustDirectory empty() {
    return new TrustDirectory(List.of());
  }

  /** Exactly these CA certificates. */
  public static TrustDirectory of(Collection<X509Certificate> certificates) {
    return new TrustDirectory(certificates);
  }

  /**
   * The certificates of every {@code *.pem} / {@code *.crt} file directly in {@code directory}.
   *
   * @throws TrustDirectoryException naming the file that cannot be read or holds no certificate
   */
  public static TrustDirectory load(Path directory) {
    if (!Files.isDirectory(directory)) {
      LOG.warn("Trust directory {} does not exist: no CA is trusted", directory);
      return empty();
    }
    List<X509Certificate> loaded = new ArrayList<>();
    for (Path file : anchorFiles(directory)) {
      loaded.addAll(readPem(file));
    }
    LOG.info("Loaded {} trusted CA certificates from {}", loaded.size(), directory);
    return new TrustDirectory(loaded);
  }

  /** {@link #load} plus the JDK's default trusted CAs. */
  public static TrustDirectory loadWithSystemCas(Path directory) {
    List<X509Certificate> all = new ArrayList<>(load(directory).certificates);
    all.addAll(systemCas());
    return new TrustDirectory(all);
  }

  /** The trusted CA certificates, without duplicates, in load order. */
  public List<X509Certificate> certificates() {
    return certificates;
  }

  /** The certificates as PKIX trust anchors (no name constraints). */
  public Set<TrustAnchor> anchors() {
    Set<TrustAnchor> anchors = new LinkedHashSet<>();
    certificates.forEach(certificate -> anchors.add(new TrustAnchor(certificate, null)));
    return anchors;
  }

  public boolean isEmpty() {
    return certificates.isEmpty();
  }

  /** Whether {@code certificate} is itself one of the trusted CAs. */
  public boolean contains(X509Certificate certificate) {
    return certificates.contains(certificate);
  }

  /**
   * Reads all certificates of one PEM (or DER) file.
   *
   * @throws TrustDirectoryException naming the file when it is unreadable or holds none
   */
  public static List<X509Certificate> readPem(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> found = new ArrayList<>();
      for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        found.add((X509Certificate) certificate);
      }
      if (found.isEmpty()) {
        throw new TrustDirectoryException("no certificate in trust anchor file " + file);
      }
      return found;
    } catch (CertificateException e) {
      throw new TrustDirectoryException(
          "cannot parse trust anchor file " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new TrustDirectoryException("cannot read trust anchor file " + file, e);
    }
  }

  private static List<Path> anchorFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(TrustDirectory::isAnchorFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new TrustDirectoryException("cannot list trust directory " + directory, e);
    }
  }

  private static boolean isAnchorFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pem") || name.endsWith(".crt");
  }

  /** The CAs the JDK trusts by default ({@code cacerts}, or {@code javax.net.ssl.trustStore}). */
  private static List<X509Certificate> systemCas() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      List<X509Certificate> cas = new ArrayList<>();
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          cas.addAll(Arrays.asList(x509.getAcceptedIssuers()));
        }
      }
      return cas;
    } catch (NoSuchAlgorithmException | KeyStoreException e) {
      throw new TrustDirectoryException("cannot read the JDK's default trusted CAs", e);
    }
  }
}
