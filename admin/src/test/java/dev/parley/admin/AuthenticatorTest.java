package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

  private final InMemoryUserStore users = new InMemoryUserStore();
  private final InMemoryAccountService accounts =
      new InMemoryAccountService(users, new InMemoryRouteDirectory());
  private final AdminToken token = AdminToken.generate(new SecureRandom());
  private final Authenticator authenticator = new Authenticator(token, accounts);

  private AuthResult auth(String header) {
    return authenticator.authenticate(Optional.ofNullable(header));
  }

  @Test
  void bearerTokenGrantsAsToken() {
    assertThat(auth("Bearer " + token.value())).isEqualTo(new AuthResult.Granted("token"));
    assertThat(auth("bearer  " + token.value())).isEqualTo(new AuthResult.Granted("token"));
    assertThat(auth("Bearer nope")).isInstanceOf(AuthResult.Refused.class);
  }

  @Test
  void missingOrUnknownSchemesAreUnauthorized() {
    assertThat(auth(null))
        .isEqualTo(
            new AuthResult.Refused(
                401, "authentication required: send the admin token or admin credentials"));
    assertThat(auth("  ")).isInstanceOf(AuthResult.Refused.class);
    assertThat(auth("Negotiate abc"))
        .extracting(r -> ((AuthResult.Refused) r).status())
        .isEqualTo(401);
  }

  @Test
  void basicGrantsAdminsAsTheirJid() {
    accounts.create(
        dev.parley.protocol.Jid.parseBare("root@localhost"), "a:b:c".toCharArray(), true);
    accounts.create(dev.parley.protocol.Jid.parseBare("user@localhost"), "pw".toCharArray(), false);

    assertThat(auth(Http.basic("root@localhost", "a:b:c")))
        .isEqualTo(new AuthResult.Granted("root@localhost"));
    assertThat(auth(Http.basic("ROOT@localhost", "a:b:c")))
        .isEqualTo(new AuthResult.Granted("root@localhost"));
    assertThat(auth(Http.basic("root@localhost", "a:b")))
        .isEqualTo(new AuthResult.Refused(401, "invalid username or password"));
    assertThat(auth(Http.basic("user@localhost", "pw")))
        .isEqualTo(new AuthResult.Refused(403, "user@localhost is not an administrator"));
    assertThat(auth(Http.basic("not a jid", "pw"))).isInstanceOf(AuthResult.Refused.class);
    assertThat(
            auth(
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            "nocolon".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isEqualTo(new AuthResult.Refused(401, "malformed Basic credentials"));
    assertThat(auth("Basic %%%"))
        .isEqualTo(new AuthResult.Refused(401, "malformed Basic credentials"));
  }
}
