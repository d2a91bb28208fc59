package dev.parley.bench.load;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark accounts of one domain: {@code <prefix><n>@<domain>} for {@code n} in {@code
 * [first, first + count)}, all with the same password. Senders and receivers of the c2s scenario
 * are two ranges of one domain; the federation scenario uses the same range on two domains.
 *
 * @param domain the XMPP domain
 * @param prefix the localpart before the number, e.g. {@code load}
 * @param first the number of the first account
 * @param count how many accounts
 * @param password the password of every account
 */
public record Accounts(String domain, String prefix, int first, int count, String password) {

  /** Checks the values once. */
  public Accounts {
    if (count < 1) {
      throw new IllegalArgumentException("at least one account is needed, not " + count);
    }
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative");
    }
    if (prefix.isEmpty() || !prefix.matches("[a-z0-9._-]+")) {
      throw new IllegalArgumentException("prefix must be lower-case letters, digits, . _ -");
    }
  }

  /** The localpart of the {@code i}-th account of this range (0-based). */
  public String localpart(int i) {
    return prefix + (first + i);
  }

  /** The bare JID of the {@code i}-th account. */
  public String jid(int i) {
    return localpart(i) + "@" + domain;
  }

  /**
   * The body of {@code POST /api/users/import} (docs/OPERATIONS.md): one {@code jid,password} line
   * per account.
   */
  public String csv() {
    return IntStream.range(0, count)
        .mapToObj(i -> jid(i) + "," + password)
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
