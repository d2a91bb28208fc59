package dev.parley.node;

import dev.parley.protocol.DomainJid;
import dev.parley.transport.TlsContexts;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a self-signed ECDSA P-256 certificate for a domain on first start, for fast handshakes.
 * It covers the domain and its subdomains (chat services); operators replace it with their own RSA
 * or ECDSA certificate in {@code parley.yml}.
 */
final class SelfSignedCertificates {
  private static final Logger LOG = LoggerFactory.getLogger(SelfSignedCertificates.class);
  private static final Duration VALIDITY = Duration.ofDays(825);

  private SelfSignedCertificates() {}

  /** The certificate and key for {@code domain} under {@code directory}, made if missing. */
  static TlsContexts.KeyPair ensure(Path directory, DomainJid domain) {
    Path certificate = directory.resolve(domain.domain() + ".crt");
    Path key = directory.resolve(domain.domain() + ".key");
    if (Files.isReadable(certificate) && Files.isReadable(key)) {
      return new TlsContexts.KeyPair(domain.domain(), certificate, key);
    }
    try {
      Files.createDirectories(directory);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      X509CertificateHolder holder = certificate(domain, pair);
      Files.writeString(certificate, pem(holder));
      Files.writeString(key, pem(new JcaPKCS8Generator(pair.getPrivate(), null).generate()));
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      LOG.info("generated a self-signed certificate for {} in {}", domain, certificate);
      return new TlsContexts.KeyPair(domain.domain(), certificate, key);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new ConfigException(
          "cannot create a certificate for " + domain + ": " + e.getMessage());
    }
  }

  private static X509CertificateHolder certificate(DomainJid domain, KeyPair pair)
      throws IOException, OperatorCreationException {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=" + domain.domain());
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(VALIDITY)),
            name,
            pair.getPublic());
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, domain.domain()),
              new GeneralName(GeneralName.dNSName, "*." + domain.domain())
            }));
    builder.addExtension(
        Extension.extendedKeyUsage,
        false,
        new ExtendedKeyUsage(
            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
    return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
  }

  private static String pem(Object object) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    }
    return text.toString();
  }
}
