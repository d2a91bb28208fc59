package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Type;

/**
 * Finds a remote domain's XMPP servers in DNS with dnsjava, through the servers of its own {@link
 * DnsResolverSettings} (never the JVM's resolver nor dnsjava's global defaults).
 *
 * <ol>
 *   <li>Asks for {@code _xmpps-server._tcp.<domain>} (XEP-0368, direct TLS) and {@code
 *       _xmpp-server._tcp.<domain>} (RFC 6120 §3.2.1) SRV records.
 *   <li>Mixes both sets and orders them as one (XEP-0368 §3 rule 1): lowest priority first, then
 *       weighted random within a priority (RFC 2782).
 *   <li>A set made of the single target "." means the service is not offered (RFC 2782); when
 *       neither set leaves a target and one of them said ".", the answer is {@code dns-no-service}
 *       without any A/AAAA fallback (XEP-0368 §5).
 *   <li>When neither name has SRV records, falls back to the domain itself on port 5269 if it has A
 *       or AAAA records (RFC 6120 §3.2.2), else {@code dns-nxdomain}.
 * </ol>
 *
 * <p>Endpoints carry host names; {@link #addresses(String)} resolves them through the same servers.
 * Every method blocks until DNS answers or times out: call them on virtual threads, never on an
 * event loop. Instances are thread-safe.
 */
public final class SrvResolver implements RemoteResolver {

  /** The SRV service of direct TLS server-to-server connections (XEP-0368). */
  public static final String DIRECT_TLS_SERVICE = "_xmpps-server";

  /** The SRV service of ordinary (STARTTLS) server-to-server connections (RFC 6120). */
  public static final String STARTTLS_SERVICE = "_xmpp-server";

  /** The port tried when a domain has no SRV records (RFC 6120 §3.2.2). */
  public static final int FALLBACK_PORT = 5269;

  private static final Logger LOG = LoggerFactory.getLogger(SrvResolver.class);
  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final DnsLookup dns;
  private final SrvOrdering ordering;

  /** A resolver with a secure random source for the RFC 2782 weighted choice. */
  public SrvResolver(DnsResolverSettings settings) {
    this(settings, new SecureRandom());
  }

  /** A resolver whose weighted choice draws from {@code random} (seed it in tests). */
  public SrvResolver(DnsResolverSettings settings, RandomGenerator random) {
    this.dns = new DnsLookup(settings);
    this.ordering = new SrvOrdering(random);
  }

  @Override
  public Resolution resolve(DomainJid domain) {
    String ascii = IDN.toASCII(domain.domain());
    SrvSet direct = srvSet(DIRECT_TLS_SERVICE, ascii, true);
    SrvSet plain = srvSet(STARTTLS_SERVICE, ascii, false);
    List<SrvTarget> targets = new ArrayList<>(direct.targets());
    targets.addAll(plain.targets());
    if (!targets.isEmpty()) {
      // One set is enough to connect; a failed lookup of the other only costs its targets.
      direct.failure().ifPresent(f -> LOG.warn("Ignoring a failed lookup: {}", f.text()));
      plain.failure().ifPresent(f -> LOG.warn("Ignoring a failed lookup: {}", f.text()));
      List<RemoteEndpoint> endpoints =
          ordering.order(targets).stream().map(SrvTarget::endpoint).toList();
      LOG.debug("{} resolved to {}", ascii, endpoints);
      return new Resolution.Found(endpoints);
    }
    // Without an answer we cannot know whether the domain publishes SRV records: no fallback.
    Optional<DnsAnswer.Failure> failure = plain.failure().or(direct::failure);
    if (failure.isPresent()) {
      return failure.get().asResolution();
    }
    if (direct.noService() || plain.noService()) {
      return new Resolution.Failed(
          "dns-no-service",
          ascii + " publishes the SRV target \".\": it offers no XMPP federation");
    }
    return fallback(ascii);
  }

  /**
   * The IPv4 then IPv6 addresses of {@code host} (an SRV target or a domain), asked of the
   * configured servers; an IP literal is returned as it is. Empty when the host has no address or
   * DNS did not answer (logged as a warning), so a caller simply moves on to its next endpoint.
   */
  public List<InetAddress> addresses(String host) {
    Addresses result = lookupAddresses(host);
    result.failure().ifPresent(f -> LOG.warn("No addresses for {}: {}", host, f.text()));
    return result.found();
  }

  private Addresses lookupAddresses(String host) {
    Optional<InetAddress> literal = literal(host);
    if (literal.isPresent()) {
      return new Addresses(List.of(literal.get()), Optional.empty());
    }
    String ascii = IDN.toASCII(host);
    DnsAnswer v4 = dns.ask(ascii, Type.A);
    DnsAnswer v6 = dns.ask(ascii, Type.AAAA);
    List<InetAddress> found = new ArrayList<>();
    for (DnsAnswer answer : List.of(v4, v6)) {
      if (answer instanceof DnsAnswer.Records records) {
        for (Record record : records.records()) {
          switch (record) {
            case ARecord a -> found.add(a.getAddress());
            case AAAARecord aaaa -> found.add(aaaa.getAddress());
            default -> LOG.debug("Skipping {} in an address answer", record);
          }
        }
      }
    }
    Optional<DnsAnswer.Failure> failure = Optional.empty();
    if (found.isEmpty() && v4 instanceof DnsAnswer.Failure f) {
      failure = Optional.of(f);
    } else if (found.isEmpty() && v6 instanceof DnsAnswer.Failure f) {
      failure = Optional.of(f);
    }
    return new Addresses(List.copyOf(found), failure);
  }

  private Resolution fallback(String ascii) {
    Addresses addresses = lookupAddresses(ascii);
    if (addresses.failure().isPresent()) {
      return addresses.failure().get().asResolution();
    }
    if (addresses.found().isEmpty()) {
      return new Resolution.Failed(
          "dns-nxdomain", "no SRV, A or AAAA records for " + ascii + " at " + dns.description());
    }
    LOG.debug("{} has no SRV records; falling back to its addresses {}", ascii, addresses.found());
    return new Resolution.Found(
        List.of(
            new RemoteEndpoint(ascii, FALLBACK_PORT, false, "A/AAAA fallback (no SRV records)")));
  }

  private SrvSet srvSet(String service, String asciiDomain, boolean directTls) {
    DnsAnswer answer = dns.ask(service + "._tcp." + asciiDomain, Type.SRV);
    return switch (answer) {
      case DnsAnswer.Failure failure -> new SrvSet(List.of(), false, Optional.of(failure));
      case DnsAnswer.NoSuchName n -> SrvSet.EMPTY;
      case DnsAnswer.NoData n -> SrvSet.EMPTY;
      case DnsAnswer.Records records -> targets(records.records(), directTls);
    };
  }

  private static SrvSet targets(List<Record> records, boolean directTls) {
    List<SrvTarget> targets = new ArrayList<>();
    for (Record record : records) {
      // RFC 2782: "." as the only target means "decidedly not available"; among other records it
      // would lead nowhere, so it is skipped.
      if (record instanceof SRVRecord srv && !srv.getTarget().equals(Name.root)) {
        targets.add(
            new SrvTarget(
                srv.getTarget().toString(true),
                srv.getPort(),
                srv.getPriority(),
                srv.getWeight(),
                directTls));
      }
    }
    boolean noService =
        records.size() == 1
            && records.get(0) instanceof SRVRecord srv
            && srv.getTarget().equals(Name.root);
    return new SrvSet(List.copyOf(targets), noService, Optional.empty());
  }

  private static Optional<InetAddress> literal(String host) {
    // Only literals reach InetAddress.getByName, so it never asks the JVM's resolver.
    if (!IPV4_LITERAL.matcher(host).matches() && !host.contains(":")) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + host, e);
    }
  }

  /** The usable targets of one SRV name, whether it said "no service", and why it failed. */
  private record SrvSet(
      List<SrvTarget> targets, boolean noService, Optional<DnsAnswer.Failure> failure) {
    static final SrvSet EMPTY = new SrvSet(List.of(), false, Optional.empty());
  }

  /** The addresses found for a host, and the failure when there are none because DNS failed. */
  private record Addresses(List<InetAddress> found, Optional<DnsAnswer.Failure> failure) {}
}
