package dev.parley.email;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.XmlParsing;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import dev.parley.server.ServerInfo;
import dev.parley.testkit.fakes.InMemoryUsers;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's example: jdoe@im.example.com has the email john.doe@example.com; nomail@im.example.com
 * has none; federated peers live at prosody.test.
 */
final class Fixture {
  static final String USER = "jdoe@im.example.com";
  static final String EMAIL = "john.doe@example.com";
  static final String PEER = "bob@prosody.test";

  final MapSettings settings = new MapSettings();
  final InMemoryUsers store = InMemoryUsers.of(USER, "nomail@im.example.com");
  final ServerInfo info =
      new ServerInfo("Parley", "test", "node-1", Set.of(DomainJid.of("im.example.com")));
  final EmailDomains domains = EmailDomains.of("example.com");
  final AddressBook book;
  final EmailCheckingUserStore users;
  final EmailFederation email;
  final Recorder router = new Recorder();
  final Recorder federation = new Recorder();
  final Router inbound;
  final DomainService outbound;

  Fixture(boolean on) {
    store.setEmail(Jid.parseBare(USER), Optional.of("John.Doe@Example.com"));
    book = AddressBook.load(store, domains);
    users = new EmailCheckingUserStore(store, book);
    email = new EmailFederation(new EmailAddressSetting(settings), book, info);
    email.enabled(on);
    inbound = email.inboundEdge().apply(router);
    outbound = email.outboundEdge(router).apply(federation);
  }

  static Stanza stanza(String xml) {
    return Stanza.parse(XmlParsing.parseElement(xml));
  }

  static Element parse(String xml) {
    return XmlParsing.parseElement(xml);
  }
}
