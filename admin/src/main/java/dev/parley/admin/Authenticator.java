package dev.parley.admin;

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
 * Basic (RFC 7617) with the JID and password of an enabled admin account.
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
    try {
      BareJid jid;
      try {
        jid = Jid.parseBare(user);
      } catch (JidFormatException e) {
        return unauthorized("invalid username or password");
      }
      if (!accounts.verify(jid, password)) {
        return unauthorized("invalid username or password");
      }
      Optional<Account> account = accounts.find(jid);
      if (account.isEmpty() || account.get().disabled()) {
        return unauthorized("invalid username or password");
      }
      if (!account.get().admin()) {
        return new AuthResult.Refused(403, jid + " is not an administrator");
      }
      return new AuthResult.Granted(jid.toString());
    } finally {
      Arrays.fill(password, '\0');
    }
  }

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
