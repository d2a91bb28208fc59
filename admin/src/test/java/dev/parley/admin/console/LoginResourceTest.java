package dev.parley.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginResourceTest {

  @Test
  void aTypedJidCannotForgeLogLines() {
    assertThat(LoginResource.loggable("a@example.com\nconsole login: root@example.com"))
        .isEqualTo("a@example.com?console login: root@example.com");
    assertThat(LoginResource.loggable("x".repeat(300))).hasSize(103).endsWith("...");
  }
}
