package dev.parley.admin;

import dev.parley.email.AddressBook;
import dev.parley.email.EmailCheckingUserStore;
import dev.parley.email.EmailDomains;
import dev.parley.server.AccountException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real {@link AdminServer} with the email-address resource mounted as an extension, over the
 * collaborators of {@link AdminFixture}; its user store is the email module's, which refuses emails
 * outside the given domains with an {@link AccountException}. Shared with cli's tests.
 */
public final class EmailAddressesFixture implements AutoCloseable {

  private final AdminFixture base;
  private final AdminServer server;
  private final Path dataDir;
  public final InMemoryEmailAddressesAdmin email;
  public final int port;

  public EmailAddressesFixture(Path dataDir, List<String> emailDomains) throws IOException {
    base = new AdminFixture(Files.createDirectories(dataDir.resolve("base")));
    email = new InMemoryEmailAddressesAdmin(emailDomains);
    server =
        new AdminServer(
            AdminSettings.of("127.0.0.1", 0, dataDir),
            new AdminServices(
                base.accounts,
                new EmailCheckingUserStore(
                    base.users,
                    new AddressBook(EmailDomains.of(emailDomains.toArray(String[]::new)))),
                base.routes,
                base.metrics,
                base.serverInfo,
                new CsvTestImporter(base.accounts, base.users),
                base.federation),
            List.of(new EmailAddressesResource(email)));
    this.dataDir = dataDir;
    port = server.start();
  }

  public AdminFixture base() {
    return base;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

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
