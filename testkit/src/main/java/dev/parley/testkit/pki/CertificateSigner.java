package dev.parley.testkit.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes key pairs and signs X.509 v3 certificates with BouncyCastle's builder. It uses the JDK's
 * providers for keys and signatures and registers no provider, so tests share no global state.
 */
final class CertificateSigner {
  /** RFC 4985 id-on-dnsSRV. */
  private static final ASN1ObjectIdentifier SRV_NAME =
      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.7");

  /** RFC 6120 §13.7.1.4 id-on-xmppAddr. */
  private static final ASN1ObjectIdentifier XMPP_ADDR =
      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.5");

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateSigner() {}

  static KeyPair keyPair(KeyAlgorithm algorithm) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType());
      switch (algorithm) {
        case EC_P256 -> generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        case RSA_2048 -> generator.initialize(2048, RANDOM);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new TestPkiException("cannot generate a " + algorithm + " key pair", e);
    }
  }

  /** A CA certificate: basicConstraints CA (critical), keyCertSign and cRLSign. */
  static X509Certificate ca(
      Issuer issuer, String subject, PublicKey subjectKey, Validity validity) {
    try {
      X509v3CertificateBuilder builder = builder(issuer, subject, subjectKey, validity);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return sign(builder, issuer);
    } catch (CertIOException | GeneralSecurityException e) {
      throw new TestPkiException("cannot make CA certificate " + subject, e);
    }
  }

  /** A server leaf: not a CA, digitalSignature (and keyEncipherment for RSA), SANs and EKU. */
  static X509Certificate leaf(Issuer issuer, LeafSpec spec, PublicKey subjectKey) {
    try {
      X509v3CertificateBuilder builder =
          builder(issuer, "CN=" + spec.commonName(), subjectKey, spec.validity());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      int usage =
          spec.algorithm() == KeyAlgorithm.RSA_2048
              ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment
              : KeyUsage.digitalSignature;
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
      if (!spec.names().isEmpty()) {
        builder.addExtension(Extension.subjectAlternativeName, false, names(spec.names()));
      }
      List<KeyPurposeId> purposes =
          switch (spec.purpose()) {
            case SERVER_AUTH -> List.of(KeyPurposeId.id_kp_serverAuth);
            case SERVER_AND_CLIENT_AUTH ->
                List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth);
            case CODE_SIGNING -> List.of(KeyPurposeId.id_kp_codeSigning);
            case NONE -> List.of();
          };
      if (!purposes.isEmpty()) {
        builder.addExtension(
            Extension.extendedKeyUsage,
            false,
            new org.bouncycastle.asn1.x509.ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new)));
      }
      return sign(builder, issuer);
    } catch (CertIOException | GeneralSecurityException e) {
      throw new TestPkiException("cannot make leaf certificate " + spec.commonName(), e);
    }
  }

  private static GeneralNames names(List<SubjectName> names) {
    GeneralName[] general = new GeneralName[names.size()];
    for (int i = 0; i < general.length; i++) {
      general[i] =
          switch (names.get(i)) {
            case SubjectName.Dns dns -> new GeneralName(GeneralName.dNSName, dns.name());
            case SubjectName.Uri uri ->
                new GeneralName(GeneralName.uniformResourceIdentifier, uri.uri());
            case SubjectName.SrvId srv -> otherName(SRV_NAME, new DERIA5String(srv.name()));
            case SubjectName.XmppAddr addr -> otherName(XMPP_ADDR, new DERUTF8String(addr.jid()));
          };
    }
    return new GeneralNames(general);
  }

  /** RFC 5280 OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }. */
  private static GeneralName otherName(ASN1ObjectIdentifier type, ASN1Encodable value) {
    return new GeneralName(
        GeneralName.otherName,
        new DERSequence(new ASN1Encodable[] {type, new DERTaggedObject(true, 0, value)}));
  }

  private static X509v3CertificateBuilder builder(
      Issuer issuer, String subject, PublicKey subjectKey, Validity validity)
      throws CertIOException, GeneralSecurityException {
    X500Name subjectName = new X500Name(subject);
    X500Name issuerName = issuer.certificate() == null ? subjectName : issuer.name();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuerName,
            new BigInteger(64, RANDOM).add(BigInteger.ONE),
            Date.from(validity.notBefore()),
            Date.from(validity.notAfter()),
            subjectName,
            subjectKey);
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    builder.addExtension(
        Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
    PublicKey authorityKey =
        issuer.certificate() == null ? subjectKey : issuer.certificate().getPublicKey();
    builder.addExtension(
        Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(authorityKey));
    return builder;
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, Issuer issuer)
      throws GeneralSecurityException {
    try {
      var signer =
          new JcaContentSignerBuilder(issuer.algorithm().signatureAlgorithm()).build(issuer.key());
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (OperatorCreationException e) {
      throw new TestPkiException("cannot sign with " + issuer.algorithm(), e);
    }
  }

  /**
   * Who signs: the issuing CA's certificate (null for a self-signed root), its key and algorithm.
   */
  record Issuer(X509Certificate certificate, PrivateKey key, KeyAlgorithm algorithm) {
    X500Name name() {
      return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }
  }
}
