package dev.parley.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

  @TempDir Path dir;
  private final SecureRandom random = new SecureRandom();

  @Test
  void tokensAre256BitBase64UrlAndDiffer() {
    AdminToken a = AdminToken.generate(random);
    AdminToken b = AdminToken.generate(random);
    assertThat(a.value()).matches("[A-Za-z0-9_-]{43}");
    assertThat(a.value()).isNotEqualTo(b.value());
    assertThat(a.toString()).doesNotContain(a.value());
  }

  @Test
  void matchesOnlyTheExactToken() {
    AdminToken token = AdminToken.generate(random);
    assertThat(token.matches(token.value())).isTrue();
    assertThat(token.matches(token.value() + "x")).isFalse();
    assertThat(token.matches(token.value().substring(1))).isFalse();
    assertThat(token.matches("")).isFalse();
  }

  @Test
  void replacesAWorldReadableFileWithAnOwnerOnlyOne() throws Exception {
    Path file = dir.resolve("sub/admin.token");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    AdminToken token = AdminToken.generate(random);
    token.writeTo(file);

    assertThat(Files.readString(file).strip()).isEqualTo(token.value());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
