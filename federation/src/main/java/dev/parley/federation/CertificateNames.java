package dev.parley.federation;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The identifiers a certificate presents for XMPP server-to-server (RFC 6125 §6 with RFC 7590 and
 * XEP-0178), read as written: DNS-IDs, SRV-IDs, XmppAddrs and the subject's most specific CN.
 *
 * @param dnsIds dNSName SANs
 * @param srvIds id-on-dnsSRV otherName SANs, such as {@code _xmpp-server.example.com}
 * @param xmppAddrs id-on-xmppAddr otherName SANs (any JID, not only domain JIDs)
 * @param uriIds uniformResourceIdentifier SANs; XMPP does not match them, but RFC 6125 §6.4.4 says
 *     their presence forbids the CN fallback
 * @param commonName the most specific subject CN, if any
 */
record CertificateNames(
    List<String> dnsIds,
    List<String> srvIds,
    List<String> xmppAddrs,
    List<String> uriIds,
    Optional<String> commonName) {
  private static final int OTHER_NAME = 0;
  private static final int DNS_NAME = 2;
  private static final int URI = 6;

  CertificateNames {
    dnsIds = List.copyOf(dnsIds);
    srvIds = List.copyOf(srvIds);
    xmppAddrs = List.copyOf(xmppAddrs);
    uriIds = List.copyOf(uriIds);
  }

  static CertificateNames of(X509Certificate certificate) {
    List<String> dns = new ArrayList<>();
    List<String> srv = new ArrayList<>();
    List<String> xmpp = new ArrayList<>();
    List<String> uri = new ArrayList<>();
    for (List<?> entry : subjectAltNames(certificate)) {
      Object type = entry.get(0);
      Object value = entry.get(1);
      if (type.equals(DNS_NAME) && value instanceof String name) {
        dns.add(name);
      } else if (type.equals(URI) && value instanceof String name) {
        uri.add(name);
      } else if (type.equals(OTHER_NAME) && value instanceof byte[] der) {
        CertificateOtherName.decode(der)
            .ifPresent(
                other -> {
                  switch (other.typeId()) {
                    case CertificateOtherName.SRV_NAME -> srv.add(other.value());
                    case CertificateOtherName.XMPP_ADDR -> xmpp.add(other.value());
                    default -> {
                      // Other otherName types (UPN, ...) say nothing about an XMPP domain.
                    }
                  }
                });
      }
    }
    return new CertificateNames(dns, srv, xmpp, uri, commonName(certificate));
  }

  /**
   * RFC 6125 §6.4.4: the CN counts only when the certificate presents no DNS-ID, SRV-ID, URI-ID or
   * application-specific identifier (for XMPP: XmppAddr). It is a legacy form kept for old
   * self-managed peers; public CAs always put SANs.
   */
  boolean cnFallbackAllowed() {
    return dnsIds.isEmpty() && srvIds.isEmpty() && xmppAddrs.isEmpty() && uriIds.isEmpty();
  }

  private static Collection<List<?>> subjectAltNames(X509Certificate certificate) {
    try {
      Collection<List<?>> names = certificate.getSubjectAlternativeNames();
      return names == null ? List.of() : names;
    } catch (CertificateParsingException e) {
      // A SAN extension the JDK cannot parse identifies nothing; validation then fails by name.
      return List.of();
    }
  }

  private static Optional<String> commonName(X509Certificate certificate) {
    try {
      LdapName name = new LdapName(certificate.getSubjectX500Principal().getName());
      // LdapName lists RDNs from the most general (index 0) to the most specific.
      List<Rdn> rdns = name.getRdns();
      for (int i = rdns.size() - 1; i >= 0; i--) {
        Rdn rdn = rdns.get(i);
        if (rdn.getType().toUpperCase(Locale.ROOT).equals("CN")
            && rdn.getValue() instanceof String value) {
          return Optional.of(value);
        }
      }
      return Optional.empty();
    } catch (InvalidNameException e) {
      return Optional.empty();
    }
  }
}
