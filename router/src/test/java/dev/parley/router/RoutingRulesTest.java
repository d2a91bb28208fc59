package dev.parley.router;

import static dev.parley.protocol.StanzaErrorCondition.SERVICE_UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.testkit.fakes.RecordingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 6121 §8.5 as a table: alice@example.com/home sends one stanza to bob (bare or full JID), who
 * has the resources listed ({@code name:priority}, or {@code name:-} for a connected resource that
 * sent no presence); the row says which of bob's resources got it, whether it was stored offline
 * and which error came back to alice (none means alice got nothing at all). ghost@example.com has
 * no account.
 */
class RoutingRulesTest {
  private static final String NONE = "";

  /** §8.5.2: messages to the bare JID. */
  static Stream<Arguments> messagesToBareJid() {
    return Stream.of(
        row("chat, no resource: offline", msg("chat", "bob"), NONE, NONE, true, null),
        row("normal, no resource: offline", msg("normal", "bob"), NONE, NONE, true, null),
        row("headline, no resource: dropped", msg("headline", "bob"), NONE, NONE, false, null),
        row("groupchat, no resource", msg("groupchat", "bob"), NONE, NONE, false, SU),
        row("error, no resource: dropped", msg("error", "bob"), NONE, NONE, false, null),
        row("chat, one resource", msg("chat", "bob"), "r1:0", "r1", false, null),
        row("chat, highest priority wins", msg("chat", "bob"), "r1:1 r2:5", "r2", false, null),
        row("chat, equal priorities: all", msg("chat", "bob"), "r1:3 r2:3", "r1 r2", false, null),
        row("chat, only negative: offline", msg("chat", "bob"), "r1:-1", NONE, true, null),
        row("chat, negative skipped", msg("chat", "bob"), "r1:-1 r2:0", "r2", false, null),
        row("chat, no presence yet: offline", msg("chat", "bob"), "r1:-", NONE, true, null),
        row("normal, highest priority", msg("normal", "bob"), "r1:1 r2:5", "r2", false, null),
        row(
            "headline: every non-negative",
            msg("headline", "bob"),
            "r1:1 r2:5",
            "r1 r2",
            false,
            null),
        row("headline, negative skipped", msg("headline", "bob"), "r1:-1 r2:0", "r2", false, null),
        row("headline, only negative", msg("headline", "bob"), "r1:-1", NONE, false, null),
        row("groupchat, resources online", msg("groupchat", "bob"), "r1:0", NONE, false, SU),
        row("error, resources online", msg("error", "bob"), "r1:0", NONE, false, null));
  }

  /** §8.5.3: messages to a full JID. */
  static Stream<Arguments> messagesToFullJid() {
    return Stream.of(
        row("chat to r1", msg("chat", "bob/r1"), "r1:0 r2:9", "r1", false, null),
        row("normal to negative r1", msg("normal", "bob/r1"), "r1:-5", "r1", false, null),
        row("headline to r1", msg("headline", "bob/r1"), "r1:0", "r1", false, null),
        row("groupchat to r1", msg("groupchat", "bob/r1"), "r1:0", "r1", false, null),
        row("error to r1", msg("error", "bob/r1"), "r1:0", "r1", false, null),
        row("chat to r1 with no presence", msg("chat", "bob/r1"), "r1:-", "r1", false, null),
        row("chat to gone r9: bare rules", msg("chat", "bob/r9"), "r1:0", "r1", false, null),
        row("chat to gone r9, none: offline", msg("chat", "bob/r9"), NONE, NONE, true, null),
        row("normal to gone r9", msg("normal", "bob/r9"), "r1:0", NONE, false, SU),
        row("headline to gone r9", msg("headline", "bob/r9"), "r1:0", NONE, false, SU),
        row("groupchat to gone r9", msg("groupchat", "bob/r9"), "r1:0", NONE, false, SU),
        row("error to gone r9: dropped", msg("error", "bob/r9"), "r1:0", NONE, false, null));
  }

  /** §8.5.1 for every kind, and §8.5.3 for IQs and presence to full JIDs. */
  static Stream<Arguments> otherStanzas() {
    return Stream.of(
        row("chat to ghost", msg("chat", "ghost"), NONE, NONE, false, SU),
        row("chat to ghost/r1", msg("chat", "ghost/r1"), NONE, NONE, false, SU),
        row("normal to ghost/r1", msg("normal", "ghost/r1"), NONE, NONE, false, SU),
        row("error to ghost: dropped", msg("error", "ghost"), NONE, NONE, false, null),
        row("IQ get to ghost", iq("get", "ghost"), NONE, NONE, false, SU),
        row("IQ get to ghost/r1", iq("get", "ghost/r1"), NONE, NONE, false, SU),
        row("IQ result to ghost: dropped", iq("result", "ghost"), NONE, NONE, false, null),
        row("presence to ghost: dropped", presence("ghost"), NONE, NONE, false, null),
        row("IQ get to r1", iq("get", "bob/r1"), "r1:0 r2:0", "r1", false, null),
        row("IQ get to r1, no presence", iq("get", "bob/r1"), "r1:-", "r1", false, null),
        row("IQ set to gone r9", iq("set", "bob/r9"), "r1:0", NONE, false, SU),
        row("IQ result to r1", iq("result", "bob/r1"), "r1:0", "r1", false, null),
        row("IQ result to gone r9: dropped", iq("result", "bob/r9"), "r1:0", NONE, false, null),
        row("IQ error to gone r9: dropped", iq("error", "bob/r9"), "r1:0", NONE, false, null),
        row("IQ result to bare: dropped", iq("result", "bob"), "r1:0", NONE, false, null),
        row("presence to r1", presence("bob/r1"), "r1:0 r2:0", "r1", false, null),
        row("presence to r1, no presence", presence("bob/r1"), "r1:-", "r1", false, null),
        row("presence to gone r9: dropped", presence("bob/r9"), "r1:0", NONE, false, null),
        row(
            "presence to bare: available",
            presence("bob"),
            "r1:0 r2:-9 r3:-",
            "r1 r2",
            false,
            null));
  }

  /** The messages of {@link #otherStanzas}: to an address that has no account. */
  static Stream<Arguments> messagesToNoAccount() {
    return otherStanzas().filter(row -> ((String) row.get()[1]).startsWith("<message"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"messagesToBareJid", "messagesToFullJid", "otherStanzas"})
  void routes(
      String name,
      String xml,
      String bobResources,
      String expectedReceivers,
      boolean storedOffline,
      Optional<StanzaErrorCondition> errorToSender) {
    assertRouted(
        (fixture, alice, stanza) -> fixture.router.route(stanza),
        xml,
        bobResources,
        expectedReceivers,
        storedOffline,
        errorToSender);
  }

  /**
   * The same rules for a message alice's client sends, handed to the router on her connection's
   * event loop: a delivery to bob's online sessions happens there and then; whatever needs the
   * offline store or a bounce is handed to her connection's executor, whole.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource({"messagesToBareJid", "messagesToFullJid", "messagesToNoAccount"})
  void routesMessagesFromTheEventLoop(
      String name,
      String xml,
      String bobResources,
      String expectedReceivers,
      boolean storedOffline,
      Optional<StanzaErrorCondition> errorToSender) {
    List<Runnable> handedOver = new ArrayList<>();
    assertRouted(
        (fixture, alice, stanza) ->
            fixture.router.routeFromClient(
                stanza,
                alice,
                task -> {
                  handedOver.add(task);
                  task.run();
                }),
        xml,
        bobResources,
        expectedReceivers,
        storedOffline,
        errorToSender);
    assertThat(handedOver)
        .as("handed to the executor")
        .hasSize(words(expectedReceivers).isEmpty() ? 1 : 0);
  }

  /** How a test hands alice's stanza to the router. */
  @FunctionalInterface
  private interface Entry {
    void route(RouterFixture fixture, RecordingSession alice, Stanza stanza);
  }

  private static void assertRouted(
      Entry entry,
      String xml,
      String bobResources,
      String expectedReceivers,
      boolean storedOffline,
      Optional<StanzaErrorCondition> errorToSender) {
    RouterFixture fixture = new RouterFixture();
    RecordingSession alice = fixture.connect("alice@example.com/home", 0);
    Map<String, RecordingSession> bob = new TreeMap<>();
    for (String spec : words(bobResources)) {
      String[] parts = spec.split(":");
      String jid = "bob@example.com/" + parts[0];
      bob.put(
          parts[0],
          parts[1].equals("-")
              ? fixture.connect(jid)
              : fixture.connect(jid, Integer.parseInt(parts[1])));
    }
    Stanza stanza = Stanzas.parse(xml);

    entry.route(fixture, alice, stanza);

    Set<String> receivers = new TreeSet<>();
    bob.forEach(
        (resource, session) -> {
          if (session.received().contains(stanza)) {
            receivers.add(resource);
          }
          assertThat(session.received()).as("%s got only the stanza", resource).hasSizeLessThan(2);
        });
    assertThat(receivers).as("receivers").isEqualTo(new TreeSet<>(words(expectedReceivers)));
    assertThat(fixture.offline.stored()).as("stored offline").hasSize(storedOffline ? 1 : 0);
    if (errorToSender.isPresent()) {
      assertThat(alice.received()).hasSize(1);
      Stanza error = alice.received().get(0);
      assertThat(Stanzas.condition(error)).contains(errorToSender.get());
      assertThat(error.id()).isEqualTo(stanza.id());
      assertThat(error.from()).isEqualTo(stanza.to());
    } else {
      assertThat(alice.received()).as("what came back to alice").isEmpty();
    }
  }

  private static final StanzaErrorCondition SU = SERVICE_UNAVAILABLE;

  private static Arguments row(
      String name,
      String xml,
      String bob,
      String receivers,
      boolean offline,
      StanzaErrorCondition error) {
    return Arguments.of(name, xml, bob, receivers, offline, Optional.ofNullable(error));
  }

  private static String msg(String type, String to) {
    return "<message from='alice@example.com/home' to='"
        + address(to)
        + "' type='"
        + type
        + "' id='s1'><body>hi</body></message>";
  }

  private static String iq(String type, String to) {
    String payload =
        type.equals("get") || type.equals("set") ? "<echo xmlns='urn:test:echo'/>" : "";
    return "<iq from='alice@example.com/home' to='"
        + address(to)
        + "' type='"
        + type
        + "' id='s1'>"
        + payload
        + "</iq>";
  }

  private static String presence(String to) {
    return "<presence from='alice@example.com/home' to='" + address(to) + "' id='s1'/>";
  }

  /** {@code bob} or {@code bob/r1} in example.com. */
  private static String address(String to) {
    int slash = to.indexOf('/');
    return slash < 0
        ? to + "@example.com"
        : to.substring(0, slash) + "@example.com" + to.substring(slash);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String word : text.split(" ")) {
      if (!word.isBlank()) {
        out.add(word);
      }
    }
    return out;
  }
}
