package dev.parley.admin;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax check for the email attribute: one {@code local@domain} address (RFC 5321 §4.1.2 and
 * §4.5.3.1 limits), no display names or comments. It does not prove the mailbox exists.
 */
final class EmailAddresses {

  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private EmailAddresses() {}

  /**
   * The address to store: empty for {@code null} or blank input (remove the attribute), else the
   * stripped address.
   *
   * @throws IllegalArgumentException when the address is not valid
   */
  static Optional<String> parse(String input) {
    if (input == null || input.isBlank()) {
      return Optional.empty();
    }
    String address = input.strip();
    int at = address.lastIndexOf('@');
    if (address.length() > MAX_LENGTH || at <= 0 || at == address.length() - 1) {
      throw new IllegalArgumentException("invalid email address: " + address);
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.length() > MAX_LOCAL_LENGTH
        || !LOCAL.matcher(local).matches()
        || !validDomain(domain)) {
      throw new IllegalArgumentException("invalid email address: " + address);
    }
    return Optional.of(address);
  }

  private static boolean validDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
