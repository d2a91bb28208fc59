package dev.parley.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleGuardTest {

  private final ConsoleSessions sessions =
      new ConsoleSessions(ConsoleSettings.defaults(), new TestClock(), new SecureRandom());
  private final ConsoleGuard guard = new ConsoleGuard(sessions);
  private final ConsoleSession session = sessions.create("admin@example.com").orElseThrow();

  @Test
  void noCookieOrAPathOutsideApiMeansNoSession() {
    assertThat(guard.check("GET", "/api/users", Optional.empty(), Optional.empty()))
        .isInstanceOf(ConsoleAccess.NoSession.class);
    assertThat(guard.check("GET", "/metrics", Optional.of(session.id()), Optional.empty()))
        .isInstanceOf(ConsoleAccess.NoSession.class);
  }

  @Test
  void safeMethodsNeedOnlyTheSession() {
    assertThat(guard.check("GET", "/api/users", Optional.of(session.id()), Optional.empty()))
        .isEqualTo(new ConsoleAccess.Granted("admin@example.com"));
    assertThat(guard.check("HEAD", "/api/users", Optional.of(session.id()), Optional.empty()))
        .isEqualTo(new ConsoleAccess.Granted("admin@example.com"));
  }

  @Test
  void everyOtherMethodNeedsTheCsrfToken() {
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "PROPFIND"}) {
      assertThat(guard.check(method, "/api/users", Optional.of(session.id()), Optional.empty()))
          .as(method)
          .isInstanceOfSatisfying(
              ConsoleAccess.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
      assertThat(
              guard.check(
                  method, "/api/users", Optional.of(session.id()), Optional.of(session.id())))
          .as(method + " with the session id as token")
          .isInstanceOf(ConsoleAccess.Refused.class);
      assertThat(
              guard.check(
                  method,
                  "/api/users",
                  Optional.of(session.id()),
                  Optional.of(session.csrfToken())))
          .isEqualTo(new ConsoleAccess.Granted("admin@example.com"));
    }
  }

  @Test
  void anUnknownSessionIsUnauthorized() {
    assertThat(guard.check("GET", "/api/users", Optional.of("forged"), Optional.empty()))
        .isInstanceOfSatisfying(
            ConsoleAccess.Refused.class, r -> assertThat(r.status()).isEqualTo(401));
  }
}
