package dev.parley.admin;

/** How a local client reaches an address the server is bound to. */
final class AdminUrls {

  private AdminUrls() {}

  /**
   * The host part of the URL written to {@code admin.url}: a wildcard bind address is replaced by
   * the loopback address of the same family (one cannot connect to 0.0.0.0), and IPv6 literals get
   * brackets (RFC 3986 §3.2.2).
   */
  static String connectHost(String bindAddress) {
    String host = bindAddress.strip();
    if (host.equals("0.0.0.0")) {
      return "127.0.0.1";
    }
    if (host.equals("::") || host.equals("[::]")) {
      return "[::1]";
    }
    if (host.contains(":") && !host.startsWith("[")) {
      return "[" + host + "]";
    }
    return host;
  }
}
