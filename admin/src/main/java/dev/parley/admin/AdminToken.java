package dev.parley.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The bearer token of one run of the admin API: 256 random bits, base64url without padding. A new
 * one is made on every start, so a token copied from an old run stops working.
 */
final class AdminToken {

  private static final int BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final String value;

  private AdminToken(String value) {
    this.value = value;
  }

  static AdminToken generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new AdminToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  String value() {
    return value;
  }

  /** Compares in time independent of where the strings differ, so timing reveals no prefix. */
  boolean matches(String candidate) {
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the token to a file readable by its owner only. The file is created with mode 0600
   * rather than chmod-ed afterwards, so there is no moment at which another user could open it.
   */
  void writeTo(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      // The umask can only remove bits; set them again in case the file system ignored the mode.
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return "AdminToken[***]";
  }
}
