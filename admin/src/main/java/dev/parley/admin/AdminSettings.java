package dev.parley.admin;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the admin API listens and where it leaves its connection details for the CLI.
 *
 * @param bindAddress the address to listen on; {@code 127.0.0.1} by default so that only local
 *     users reach it
 * @param port the TCP port; 0 picks a free one (tests)
 * @param tokenFile where the bearer token of this run is written (mode 0600)
 * @param urlFile where the base URL of this run is written, for {@code ./parley user ...}
 */
public record AdminSettings(String bindAddress, int port, Path tokenFile, Path urlFile) {

  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public AdminSettings {
    Objects.requireNonNull(tokenFile, "tokenFile");
    Objects.requireNonNull(urlFile, "urlFile");
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("admin bind address must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("admin port out of range 0-65535: " + port);
    }
  }

  /** The defaults: loopback, port 8080, {@code admin.token} and {@code admin.url} in dataDir. */
  public static AdminSettings defaults(Path dataDir) {
    return of(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, dataDir);
  }

  /** The given address and port, with both files in dataDir. */
  public static AdminSettings of(String bindAddress, int port, Path dataDir) {
    return new AdminSettings(
        bindAddress, port, dataDir.resolve("admin.token"), dataDir.resolve("admin.url"));
  }
}
