package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small pure rules: email syntax, origin check, URL host, settings validation. */
class SmallRulesTest {

  @Test
  void emailAddresses() {
    assertThat(EmailAddresses.parse(null)).isEmpty();
    assertThat(EmailAddresses.parse("  ")).isEmpty();
    assertThat(EmailAddresses.parse(" a.b+tag@mail.corp.example "))
        .contains("a.b+tag@mail.corp.example");
    for (String bad :
        new String[] {
          "a",
          "a@",
          "@b.example",
          "a@b",
          "a b@c.example",
          "a..b@c.example",
          "a@-c.example",
          "a@c..example",
          "<a@c.example>",
          "a@c.example, b@c.example",
          "x".repeat(65) + "@c.example"
        }) {
      assertThatThrownBy(() -> EmailAddresses.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void originGuard() {
    assertThat(OriginGuard.allows(Optional.empty(), Optional.empty())).isTrue();
    assertThat(
            OriginGuard.allows(Optional.of("http://127.0.0.1:8080"), Optional.of("127.0.0.1:8080")))
        .isTrue();
    assertThat(
            OriginGuard.allows(
                Optional.of("http://Chat.Example:8080"), Optional.of("chat.example:8080")))
        .isTrue();
    assertThat(
            OriginGuard.allows(Optional.of("http://evil.example"), Optional.of("127.0.0.1:8080")))
        .isFalse();
    assertThat(OriginGuard.allows(Optional.of("null"), Optional.of("127.0.0.1:8080"))).isFalse();
    assertThat(
            OriginGuard.allows(Optional.of("http://127.0.0.1:8081"), Optional.of("127.0.0.1:8080")))
        .isFalse();
    assertThat(OriginGuard.allows(Optional.of("http://127.0.0.1:8080"), Optional.empty()))
        .isFalse();
  }

  @Test
  void urlHosts() {
    assertThat(AdminUrls.connectHost("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(AdminUrls.connectHost("0.0.0.0")).isEqualTo("127.0.0.1");
    assertThat(AdminUrls.connectHost("::")).isEqualTo("[::1]");
    assertThat(AdminUrls.connectHost("fe80::1")).isEqualTo("[fe80::1]");
    assertThat(AdminUrls.connectHost("admin.example")).isEqualTo("admin.example");
  }

  @Test
  void settings() {
    AdminSettings defaults = AdminSettings.defaults(Path.of("data"));
    assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(defaults.port()).isEqualTo(8080);
    assertThat(defaults.tokenFile()).isEqualTo(Path.of("data", "admin.token"));
    assertThat(defaults.urlFile()).isEqualTo(Path.of("data", "admin.url"));
    assertThatThrownBy(() -> AdminSettings.of("127.0.0.1", 70_000, Path.of("d")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AdminSettings.of(" ", 1, Path.of("d")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
