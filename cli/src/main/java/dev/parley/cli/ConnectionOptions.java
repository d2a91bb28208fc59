package dev.parley.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import picocli.CommandLine.Option;

/**
 * How a command finds and authenticates to the node; mixed into every command. By default it reads
 * {@code DIR/admin.url} and {@code DIR/admin.token}, which the running node writes, so local use
 * needs no typing. For a remote node, {@code --url} and {@code --user} (an admin account's JID,
 * whose password is read from the terminal) replace them.
 */
final class ConnectionOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description =
          "The node's data directory, holding admin.url and admin.token (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The admin API's base URL, such as http://chat.example.com:8080 (default: read DIR/admin.url).")
  URI url;

  @Option(
      names = "--user",
      paramLabel = "ADMIN_JID",
      description =
          "Authenticate as this admin account; its password is read from the terminal (default: the token in DIR/admin.token).")
  String user;

  /** Builds a client, reading the admin password from the terminal when {@code --user} is set. */
  AdminClient connect(Terminal terminal) {
    URI base = url != null ? url : readUrl();
    if (user != null) {
      char[] password =
          terminal
              .readSecret("Password for " + user + ": ")
              .orElseThrow(() -> new CliException("no password given for " + user));
      return new AdminClient(
          base, basic(user, password), "the password of " + user + " was not accepted");
    }
    return new AdminClient(
        base,
        "Bearer " + readToken(),
        "the token in "
            + tokenFile()
            + " is stale (the node writes a new one on every start); is the node running with"
            + " --data "
            + dataDir
            + "?");
  }

  private URI readUrl() {
    Path file = dataDir.resolve("admin.url");
    try {
      return URI.create(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (NoSuchFileException e) {
      throw new CliException(
          CliException.UNREACHABLE,
          "no running node found: "
              + file
              + " is missing — start it with ./parley start"
              + " (or pass --data DIR or --url URL)");
    } catch (IOException | IllegalArgumentException e) {
      throw new CliException(
          CliException.UNREACHABLE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private String readToken() {
    Path file = tokenFile();
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException e) {
      throw new CliException(
          CliException.UNREACHABLE,
          "no admin token: "
              + file
              + " is missing — start the node with ./parley start, or use"
              + " --user ADMIN_JID for a remote node");
    } catch (IOException e) {
      throw new CliException(
          CliException.REFUSED,
          "cannot read "
              + file
              + " ("
              + e.getMessage()
              + "): run as the user that runs the node, or use --user ADMIN_JID");
    }
  }

  private Path tokenFile() {
    return dataDir.resolve("admin.token");
  }

  /** The RFC 7617 header; the password's bytes are wiped once encoded. */
  private static String basic(String user, char[] password) {
    byte[] prefix = (user + ":").getBytes(StandardCharsets.UTF_8);
    ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] joined = new byte[prefix.length + secret.remaining()];
    System.arraycopy(prefix, 0, joined, 0, prefix.length);
    secret.get(joined, prefix.length, secret.remaining());
    Arrays.fill(password, '\0');
    if (secret.hasArray()) {
      Arrays.fill(secret.array(), (byte) 0);
    }
    String header = "Basic " + Base64.getEncoder().encodeToString(joined);
    Arrays.fill(joined, (byte) 0);
    return header;
  }
}
