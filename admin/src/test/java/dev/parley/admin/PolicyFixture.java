package dev.parley.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real {@link AdminServer} with the federation policy resource mounted as an extension, over the
 * collaborators of {@link AdminFixture} and an {@link InMemoryPolicyAdmin}. Shared with cli's
 * tests.
 */
public final class PolicyFixture implements AutoCloseable {

  public final InMemoryPolicyAdmin policy = new InMemoryPolicyAdmin();
  private final AdminFixture base;
  private final AdminServer server;
  public final int port;
  private final Path dataDir;

  public PolicyFixture(Path dataDir) throws IOException {
    // The base fixture's own server writes its files elsewhere; this one serves the policy.
    base = new AdminFixture(Files.createDirectories(dataDir.resolve("base")));
    server =
        new AdminServer(
            AdminSettings.of("127.0.0.1", 0, dataDir),
            new AdminServices(
                base.accounts,
                base.users,
                base.routes,
                base.metrics,
                base.serverInfo,
                new CsvTestImporter(base.accounts, base.users),
                base.federation),
            List.of(new PolicyResource(policy)));
    this.dataDir = dataDir;
    port = server.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The token this server wrote. */
  public String token() {
    try {
      return Files.readString(dataDir.resolve("admin.token")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    base.close();
  }
}
