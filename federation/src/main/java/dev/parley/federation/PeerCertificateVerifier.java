package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Strict validation of a peer server's certificate chain against the installed root CAs and the
 * domain it must represent (RFC 6125: DNS-ID, SRV-ID, XmppAddr). A leaf whose extended key usage
 * allows only serverAuth is accepted in both directions.
 */
public interface PeerCertificateVerifier {

  /** {@code chain} leaf first, as the TLS session presented it (may be empty). */
  CertificateVerdict verify(List<X509Certificate> chain, DomainJid domain);
}
