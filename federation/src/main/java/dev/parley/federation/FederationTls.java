package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import dev.parley.transport.TlsConfigurationException;
import dev.parley.transport.TlsContexts;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.Mapping;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * TLS for server streams, per local domain, on the same engine as client TLS (BoringSSL when its
 * native library loads, see {@link TlsContexts#PROVIDER}). The TLS layer accepts any peer
 * certificate: whether it is good enough is decided after the handshake by the {@link
 * PeerCertificateVerifier} and the security settings, so that an untrusted certificate can still be
 * combined with dialback when strict validation is off (the seed's WebEx case). Inbound, a client
 * certificate is requested (not required) for SASL EXTERNAL.
 */
public final class FederationTls {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  private final Map<String, SslContext> servers = new LinkedHashMap<>();
  private final Map<String, SslContext> clients = new LinkedHashMap<>();
  private final Map<String, X509Certificate> leaves = new LinkedHashMap<>();
  private final String fallbackDomain;

  public FederationTls(List<TlsContexts.KeyPair> pairs) {
    for (TlsContexts.KeyPair pair : pairs) {
      try {
        servers.put(
            pair.domain(),
            SslContextBuilder.forServer(
                    pair.certificateChain().toFile(), pair.privateKey().toFile())
                .sslProvider(TlsContexts.PROVIDER)
                .protocols(PROTOCOLS)
                .clientAuth(ClientAuth.OPTIONAL)
                .trustManager(InsecureTrustManagerFactory.INSTANCE)
                .build());
        clients.put(
            pair.domain(),
            SslContextBuilder.forClient()
                .sslProvider(TlsContexts.PROVIDER)
                .protocols(PROTOCOLS)
                .keyManager(pair.certificateChain().toFile(), pair.privateKey().toFile())
                .trustManager(InsecureTrustManagerFactory.INSTANCE)
                .build());
        leaves.put(pair.domain(), leaf(pair.certificateChain()));
      } catch (SSLException | IllegalArgumentException e) {
        throw new TlsConfigurationException(
            "cannot use the certificate of " + pair.domain() + ": " + e.getMessage(), e);
      }
    }
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("federation needs at least one certificate");
    }
    this.fallbackDomain = servers.keySet().iterator().next();
  }

  /**
   * The configured domain whose certificate serves {@code name}: the domain itself when it has a
   * key pair, else the first key pair whose certificate covers the name (DNS-ID with wildcards,
   * SRV-ID or XmppAddr, RFC 6125 §6.4), else the first key pair. A chat node alias such as {@code
   * conference.example.com} is thus served with a {@code *.example.com} certificate or one that
   * lists the alias among its SANs.
   */
  String keyPairFor(String name) {
    if (name == null || name.isEmpty()) {
      return fallbackDomain;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (servers.containsKey(lower)) {
      return lower;
    }
    DomainJid domain;
    try {
      domain = DomainJid.of(lower);
    } catch (JidFormatException e) {
      return fallbackDomain;
    }
    for (Map.Entry<String, X509Certificate> leaf : leaves.entrySet()) {
      if (leaf.getValue() != null && CertificateIdentity.matches(leaf.getValue(), domain)) {
        return leaf.getKey();
      }
    }
    return fallbackDomain;
  }

  /** Server side of STARTTLS on an inbound stream to {@code localDomain}. */
  SslHandler serverHandler(String localDomain, ByteBufAllocator allocator) {
    SslContext context = servers.get(keyPairFor(localDomain));
    return new SslHandler(context.newEngine(allocator), true);
  }

  /** Direct TLS (XEP-0368) on an inbound connection: the certificate is chosen by SNI. */
  SniHandler directTls() {
    Mapping<String, SslContext> bySni = name -> servers.get(keyPairFor(name));
    return new SniHandler(bySni);
  }

  /** Client side towards {@code remoteDomain}, presenting {@code localDomain}'s certificate. */
  SslHandler clientHandler(
      String localDomain, String remoteDomain, int port, ByteBufAllocator allocator) {
    SslContext context = clients.get(keyPairFor(localDomain));
    // SNI names the domain we want (XEP-0368 §3, RFC 6120 §13.7.1.2).
    return context.newHandler(allocator, remoteDomain, port);
  }

  /** The first certificate of a PEM chain file; null when it cannot be read (then never chosen). */
  private static X509Certificate leaf(java.nio.file.Path chain) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(chain)) {
      Certificate first = CertificateFactory.getInstance("X.509").generateCertificate(in);
      return first instanceof X509Certificate x509 ? x509 : null;
    } catch (java.io.IOException | CertificateException e) {
      return null;
    }
  }

  /** The peer's certificate chain, leaf first; empty when it sent none. */
  static List<X509Certificate> peerChain(SslHandler handler) {
    SSLSession session = handler.engine().getSession();
    List<X509Certificate> chain = new ArrayList<>();
    try {
      for (Certificate certificate : session.getPeerCertificates()) {
        if (certificate instanceof X509Certificate x509) {
          chain.add(x509);
        }
      }
    } catch (SSLPeerUnverifiedException e) {
      return List.of();
    }
    return chain;
  }

  /** "TLSv1.3 TLS_AES_128_GCM_SHA256", for the sessions view. */
  static String describe(SslHandler handler) {
    SSLSession session = handler.engine().getSession();
    return session.getProtocol() + " " + session.getCipherSuite();
  }
}
