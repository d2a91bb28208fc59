package dev.parley.federation;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.xbill.DNS.Cache;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks the configured DNS servers one question at a time, through dnsjava's {@link Lookup} (which
 * follows CNAMEs) with this object's own resolver and cache. dnsjava's global defaults ({@code
 * Lookup.setDefaultResolver} and friends) are never set, so several nodes with different servers
 * can share one JVM. Blocking: each call waits for the answer or the timeout.
 */
final class DnsLookup {

  private static final Duration SELECTOR_PERIOD = Duration.ofSeconds(1);

  private final Resolver resolver;
  private final Cache cache = new Cache(DClass.IN);
  private final boolean useHostsFile;
  private final String description;

  DnsLookup(DnsResolverSettings settings) {
    List<InetSocketAddress> servers =
        settings.usesSystemResolvers()
            ? ResolverConfig.getCurrentConfig().servers()
            : settings.servers();
    List<Resolver> resolvers = new ArrayList<>();
    for (InetSocketAddress server : servers) {
      SimpleResolver simple = new SimpleResolver(server);
      simple.setTimeout(settings.timeout());
      resolvers.add(simple);
    }
    ExtendedResolver extended = new ExtendedResolver(resolvers);
    // Ask the servers in the configured order, each (retries + 1) times, within one overall limit.
    // dnsjava's "retries" counts every attempt at a server, the first one included.
    extended.setLoadBalance(false);
    extended.setRetries(settings.retries() + 1);
    // dnsjava's I/O thread notices an expired query only when its selector wakes up, at least once
    // a second, so each attempt may run up to a second late: the overall limit allows for that.
    int attempts = Math.max(1, servers.size()) * (settings.retries() + 1);
    extended.setTimeout(settings.timeout().plus(SELECTOR_PERIOD).multipliedBy(attempts));
    this.resolver = extended;
    // Behave like the system when it stands for the system; a configured server is the only truth.
    this.useHostsFile = settings.usesSystemResolvers();
    this.description =
        servers.stream().map(DnsLookup::hostPort).collect(Collectors.joining(", ", "[", "]"))
            + " (timeout "
            + settings.timeout().toMillis()
            + " ms, "
            + settings.retries()
            + " retries)";
  }

  /** Asks for the records of {@code type} (a {@link Type} constant) at an ASCII host name. */
  DnsAnswer ask(String asciiName, int type) {
    Lookup lookup;
    try {
      lookup = new Lookup(Name.fromString(asciiName, Name.root), type, DClass.IN);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("not a DNS name: " + asciiName, e);
    }
    lookup.setResolver(resolver);
    lookup.setCache(cache);
    if (!useHostsFile) {
      lookup.setHostsFileParser(null);
    }
    lookup.run();
    String question = asciiName + " " + Type.string(type);
    return switch (lookup.getResult()) {
      case Lookup.SUCCESSFUL -> new DnsAnswer.Records(Arrays.asList(lookup.getAnswers()));
      case Lookup.HOST_NOT_FOUND -> new DnsAnswer.NoSuchName();
      case Lookup.TYPE_NOT_FOUND -> new DnsAnswer.NoData();
      case Lookup.TRY_AGAIN -> tryAgain(question, lookup.getErrorString());
      default ->
          new DnsAnswer.Failure(
              "dns-servfail", question + ": unusable answer (" + lookup.getErrorString() + ")");
    };
  }

  /** The servers asked and the limits, for messages. */
  String description() {
    return description;
  }

  private DnsAnswer tryAgain(String question, String error) {
    // dnsjava reports a silent server as "timed out" or, when the wait ends in an exception such
    // as an ICMP port unreachable, "network error"; either way no server answered.
    if ("timed out".equals(error) || "network error".equals(error)) {
      return new DnsAnswer.Failure(
          "dns-timeout", question + ": no answer from " + description + ": " + error);
    }
    // Otherwise the error is the response code of a server that did answer (SERVFAIL, REFUSED).
    return new DnsAnswer.Failure(
        "dns-servfail", question + ": " + description + " answered " + error);
  }

  private static String hostPort(InetSocketAddress server) {
    String host = server.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
  }
}
