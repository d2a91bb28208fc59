package dev.parley.admin;

import dev.parley.admin.console.AdminLogin;
import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.server.AccountService;
import dev.parley.store.Account;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the {@code Authorization} header: {@code Bearer <token>} with this run's token, or HTTP
 * Basic (RFC 7617) with the JID and password of an enabled admin account. The web console's login
 * form is checked here too ({@link #login}), by the same rules.
 */
final class Authenticator {

  /** The challenge sent with every 401 (RFC 9110 §11.6.1 allows several in one header). */
  static final String CHALLENGE =
      "Bearer realm=\"parley\", Basic realm=\"parley\", charset=\"UTF-8\"";

  private static final String TOKEN_PRINCIPAL = "token";

  private final AdminToken token;
  private final AccountService accounts;

  Authenticator(AdminToken token, AccountService accounts) {
    this.token = token;
    this.accounts = accounts;
  }

  AuthResult authenticate(Optional<String> authorization) {
    if (authorization.isEmpty() || authorization.get().isBlank()) {
      return unauthorized("authentication required: send the admin token or admin credentials");
    }
    String header = authorization.get().strip();
    int space = header.indexOf(' ');
    String scheme = space < 0 ? header : header.substring(0, space);
    String credentials = space < 0 ? "" : header.substring(space + 1).strip();
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "bearer" -> bearer(credentials);
      case "basic" -> basic(credentials);
      default -> unauthorized("unsupported authentication scheme");
    };
  }

  private AuthResult bearer(String credentials) {
    return token.matches(credentials)
        ? new AuthResult.Granted(TOKEN_PRINCIPAL)
        : unauthorized("invalid admin token");
  }

  private AuthResult basic(String credentials) {
    char[] decoded;
    try {
      decoded = decodeUtf8(Base64.getDecoder().decode(credentials));
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return unauthorized("malformed Basic credentials");
    }
    try {
      int colon = indexOf(decoded, ':');
      if (colon < 0) {
        return unauthorized("malformed Basic credentials");
      }
      // A JID cannot contain ':' (RFC 7622 §3.3.1 forbids it in the localpart), so the first colon
      // separates it from the password, which may contain colons (RFC 7617 §2).
      return checkAccount(
          new String(decoded, 0, colon), Arrays.copyOfRange(decoded, colon + 1, decoded.length));
    } finally {
      Arrays.fill(decoded, '\0');
    }
  }

  private AuthResult checkAccount(String user, char[] password) {
    AccountVerdict verdict = verify(user, password);
    return switch (verdict.reason()) {
      case ADMIN -> new AuthResult.Granted(verdict.jid());
      case NOT_ADMIN -> new AuthResult.Refused(403, verdict.jid() + " is not an administrator");
      case INVALID_JID, WRONG_PASSWORD, DISABLED -> unauthorized("invalid username or password");
    };
  }

  /**
   * Checks a web console login by the same rules as HTTP Basic. Every refusal looks alike to the
   * client (the console answers them all with one message); the reason is for the log only.
   */
  AdminLogin.LoginOutcome login(String user, char[] password) {
    AccountVerdict verdict = verify(user, password);
    return switch (verdict.reason()) {
      case ADMIN -> new AdminLogin.LoginOutcome.Granted(verdict.jid());
      case NOT_ADMIN -> new AdminLogin.LoginOutcome.Refused("not an administrator");
      case DISABLED -> new AdminLogin.LoginOutcome.Refused("account disabled");
      case WRONG_PASSWORD -> new AdminLogin.LoginOutcome.Refused("wrong password or no account");
      case INVALID_JID -> new AdminLogin.LoginOutcome.Refused("not a valid JID");
    };
  }

  /** Checks the password and the account's flags; clears {@code password}. */
  private AccountVerdict verify(String user, char[] password) {
    try {
      BareJid jid;
      try {
        jid = Jid.parseBare(user);
      } catch (JidFormatException e) {
        return new AccountVerdict(Reason.INVALID_JID, user);
      }
      if (!accounts.verify(jid, password)) {
        return new AccountVerdict(Reason.WRONG_PASSWORD, jid.toString());
      }
      Optional<Account> account = accounts.find(jid);
      if (account.isEmpty() || account.get().disabled()) {
        return new AccountVerdict(Reason.DISABLED, jid.toString());
      }
      return new AccountVerdict(
          account.get().admin() ? Reason.ADMIN : Reason.NOT_ADMIN, jid.toString());
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** The outcome of checking an account's password and flags. */
  private enum Reason {
    INVALID_JID,
    WRONG_PASSWORD,
    DISABLED,
    NOT_ADMIN,
    ADMIN
  }

  private record AccountVerdict(Reason reason, String jid) {}

  private static AuthResult unauthorized(String message) {
    return new AuthResult.Refused(401, message);
  }

  private static char[] decodeUtf8(byte[] bytes) throws CharacterCodingException {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      char[] result = new char[chars.remaining()];
      chars.get(result);
      Arrays.fill(chars.array(), '\0');
      return result;
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static int indexOf(char[] chars, char wanted) {
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
