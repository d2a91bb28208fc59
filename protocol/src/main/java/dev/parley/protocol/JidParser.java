package dev.parley.protocol;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rocks.xmpp.precis.PrecisProfiles;

/**
 * RFC 7622 parsing and PRECIS enforcement. Results are cached because the same few thousand
 * addresses are parsed again and again on a busy server; the cache is bounded by clearing it.
 */
final class JidParser {
  private static final int MAX_PART_BYTES = 1023;
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, Jid> CACHE = new ConcurrentHashMap<>();

  private JidParser() {}

  static Jid parse(String text) {
    if (text == null) {
      throw new JidFormatException("empty JID"); // the cache map cannot take a null key
    }
    Jid cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    Jid jid = parseUncached(text);
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(text, jid);
    return jid;
  }

  private static Jid parseUncached(String text) {
    if (text == null || text.isEmpty()) {
      throw new JidFormatException("empty JID");
    }
    // RFC 7622 §3.1: the first '/' separates the resource, then the first '@' before it the local.
    int slash = text.indexOf('/');
    String beforeResource = slash < 0 ? text : text.substring(0, slash);
    int at = beforeResource.indexOf('@');
    String local = at < 0 ? null : beforeResource.substring(0, at);
    String domain = domainpart(at < 0 ? beforeResource : beforeResource.substring(at + 1));
    String normalizedLocal = local == null ? "" : localpart(local);
    if (slash < 0) {
      return local == null ? new DomainJid(domain) : new BareJid(normalizedLocal, domain);
    }
    return new FullJid(normalizedLocal, domain, resourcepart(text.substring(slash + 1)));
  }

  static String localpart(String local) {
    if (local.isEmpty()) {
      throw new JidFormatException("empty localpart");
    }
    String enforced = enforce(() -> PrecisProfiles.USERNAME_CASE_MAPPED.enforce(local), local);
    for (int i = 0; i < enforced.length(); i++) {
      // RFC 7622 §3.3.1: these characters are not allowed in a localpart.
      if ("\"&'/:<>@".indexOf(enforced.charAt(i)) >= 0) {
        throw new JidFormatException("forbidden character in localpart: " + local);
      }
    }
    return checkLength(enforced, "localpart");
  }

  static String resourcepart(String resource) {
    if (resource.isEmpty()) {
      throw new JidFormatException("empty resourcepart");
    }
    return checkLength(
        enforce(() -> PrecisProfiles.OPAQUE_STRING.enforce(resource), resource), "resourcepart");
  }

  static String domainpart(String domain) {
    String trimmed = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    if (trimmed.isEmpty()) {
      throw new JidFormatException("empty domainpart");
    }
    if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
      return trimmed.toLowerCase(Locale.ROOT); // IPv6 literal
    }
    String unicode;
    try {
      unicode = IDN.toUnicode(IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES));
    } catch (IllegalArgumentException e) {
      throw new JidFormatException("invalid domainpart: " + domain);
    }
    String lower = unicode.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) {
      throw new JidFormatException("empty domainpart");
    }
    return checkLength(lower, "domainpart");
  }

  static void requireCanonicalDomain(String domain) {
    if (domain == null || domain.isEmpty()) {
      throw new JidFormatException("empty domainpart");
    }
  }

  private static String enforce(java.util.function.Supplier<String> profile, String input) {
    try {
      return profile.get();
    } catch (IllegalArgumentException e) {
      throw new JidFormatException("invalid JID part '" + input + "': " + e.getMessage());
    }
  }

  private static String checkLength(String part, String what) {
    if (part.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES) {
      throw new JidFormatException(what + " longer than 1023 bytes");
    }
    return part;
  }
}
