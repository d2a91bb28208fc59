package dev.parley.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Checks IP address literals without ever asking DNS (a host name is refused, not resolved). */
final class IpLiterals {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private IpLiterals() {}

  /** The canonical text of an IPv4 or IPv6 literal; anything else is refused. */
  static String canonical(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an address is needed");
    }
    String literal = text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (!IPV4.matcher(literal).matches() && !literal.contains(":")) {
      throw new IllegalArgumentException(
          "address must be an IPv4 or IPv6 address (it goes into an A or AAAA record), not "
              + text.strip());
    }
    if (!literal.contains(":")) {
      for (String octet : literal.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          throw new IllegalArgumentException("not an IPv4 address: " + text.strip());
        }
      }
    }
    InetAddress address;
    try {
      // Only literals reach this point, and for a literal getByName does no lookup.
      address = InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + text.strip(), e);
    }
    if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
      throw new IllegalArgumentException(
          "address must be the alias's public unicast address, not " + text.strip());
    }
    return address.getHostAddress();
  }
}
