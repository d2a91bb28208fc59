package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import java.net.IDN;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which XMPP domains a server certificate stands for, by the rules of RFC 6125 §6 as RFC 7590 and
 * XEP-0178 apply them to server-to-server streams. All domains are compared as IDNA A-labels, in
 * lower case, without a trailing dot.
 *
 * <ul>
 *   <li>DNS-ID: a dNSName; {@code *.example.com} matches exactly one extra left-most label ({@code
 *       a.example.com}, not {@code example.com} nor {@code a.b.example.com}).
 *   <li>SRV-ID: an id-on-dnsSRV otherName {@code _xmpp-server.example.com} (or {@code
 *       _xmpps-server.}, XEP-0368); never a wildcard.
 *   <li>XmppAddr: an id-on-xmppAddr otherName holding a domain JID equal to the domain.
 *   <li>CN: the subject's common name, only when none of the SANs above (nor a URI) is present.
 * </ul>
 */
public final class CertificateIdentity {
  private static final Set<String> XMPP_SERVICES = Set.of("_xmpp-server", "_xmpps-server");

  private CertificateIdentity() {}

  /**
   * The domains the certificate could authenticate, as A-labels, in certificate order: DNS-IDs
   * (wildcards kept as patterns such as {@code *.example.com}; test a concrete domain with {@link
   * #match}), the domains of XMPP SRV-IDs, domain-JID XmppAddrs, and the CN only when there is no
   * SAN of those types. Used to pick or check the authorization identity of SASL EXTERNAL (XEP-0178
   * §3).
   */
  public static Set<String> domainsIn(X509Certificate certificate) {
    CertificateNames names = CertificateNames.of(certificate);
    Set<String> domains = new LinkedHashSet<>();
    names.dnsIds().forEach(id -> dnsPattern(id).ifPresent(domains::add));
    names.srvIds().forEach(id -> srvDomain(id).ifPresent(domains::add));
    names.xmppAddrs().forEach(id -> xmppAddrDomain(id).ifPresent(domains::add));
    if (names.cnFallbackAllowed()) {
      names.commonName().flatMap(CertificateIdentity::aLabel).ifPresent(domains::add);
    }
    return Collections.unmodifiableSet(domains);
  }

  /** Whether the certificate authenticates {@code domain}. */
  public static boolean matches(X509Certificate certificate, DomainJid domain) {
    return match(certificate, domain).isPresent();
  }

  /**
   * The identifier that authenticates {@code domain}, described for logs and verdicts (such as
   * {@code DNS-ID *.example.com}), or empty when none does.
   */
  public static Optional<String> match(X509Certificate certificate, DomainJid domain) {
    Optional<String> reference = aLabel(domain.domain());
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    String wanted = reference.get();
    CertificateNames names = CertificateNames.of(certificate);
    for (String id : names.dnsIds()) {
      if (dnsPattern(id).filter(pattern -> dnsMatches(pattern, wanted)).isPresent()) {
        return Optional.of("DNS-ID " + id);
      }
    }
    for (String id : names.srvIds()) {
      if (srvDomain(id).filter(wanted::equals).isPresent()) {
        return Optional.of("SRV-ID " + id);
      }
    }
    for (String id : names.xmppAddrs()) {
      if (xmppAddrDomain(id).filter(wanted::equals).isPresent()) {
        return Optional.of("XmppAddr " + id);
      }
    }
    if (names.cnFallbackAllowed()) {
      Optional<String> cn = names.commonName().filter(c -> aLabel(c).orElse("").equals(wanted));
      if (cn.isPresent()) {
        return Optional.of("CN " + cn.get());
      }
    }
    return Optional.empty();
  }

  /** A domain as a lower-case A-label without trailing dot; empty if it is not a valid name. */
  static Optional<String> aLabel(String domain) {
    String trimmed = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    if (trimmed.isEmpty() || trimmed.contains("*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A DNS-ID as a matchable pattern. RFC 6125 §6.4.3 lets a wildcard be only the whole left-most
   * label, and §7.2 warns against wildcards over a public suffix, so {@code *.com}, {@code
   * f*.example.com} and {@code a.*.example.com} identify nothing.
   */
  private static Optional<String> dnsPattern(String id) {
    if (!id.startsWith("*.")) {
      return aLabel(id);
    }
    return aLabel(id.substring(2)).filter(rest -> rest.contains(".")).map(rest -> "*." + rest);
  }

  private static boolean dnsMatches(String pattern, String domain) {
    if (!pattern.startsWith("*.")) {
      return pattern.equals(domain);
    }
    int dot = domain.indexOf('.');
    return dot > 0 && domain.substring(dot + 1).equals(pattern.substring(2));
  }

  /** RFC 4985 {@code _Service.Name}: the name when the service is XMPP server-to-server. */
  private static Optional<String> srvDomain(String id) {
    int dot = id.indexOf('.');
    if (dot < 0 || !XMPP_SERVICES.contains(id.substring(0, dot).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return aLabel(id.substring(dot + 1));
  }

  /** RFC 6120 §13.7.1.4: a server presents its domain JID; user or full JIDs are not domains. */
  private static Optional<String> xmppAddrDomain(String jid) {
    if (jid.contains("@") || jid.contains("/")) {
      return Optional.empty();
    }
    return aLabel(jid);
  }
}
