package dev.parley.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.DomainJid;
import dev.parley.store.Account;
import dev.parley.store.ScramMechanism;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScramServerMechanismTest {
  private static final SaslContext CONTEXT = new SaslContext(DomainJid.of("example.com"), false);
  private static final ScramHasher HASHER = new ScramHasher(new SecureRandom(), 4096);
  private static final FakeCredentials FAKES = FakeCredentials.random();

  private final InMemoryUserStore users = new InMemoryUserStore();

  ScramServerMechanismTest() {
    BareJid juliet = BareJid.of("juliet", "example.com");
    users.create(Account.of(juliet, false), HASHER.hash("r0meo!".toCharArray()));
    BareJid comma = BareJid.of("a,b=c", "example.com");
    users.create(Account.of(comma, false), HASHER.hash("secret".toCharArray()));
    BareJid banned = BareJid.of("banned", "example.com");
    users.create(Account.of(banned, false), HASHER.hash("secret".toCharArray()));
    users.setDisabled(banned, true);
  }

  private ScramServerMechanism server(ScramMechanism mechanism) {
    return new ScramServerMechanism(
        mechanism, users, CONTEXT, FAKES, NonceSource.secure(new SecureRandom()));
  }

  private SaslStep run(ScramMechanism mechanism, ScramTestClient client) {
    ScramServerMechanism server = server(mechanism);
    SaslStep first = server.start(Optional.of(client.clientFirst()));
    assertThat(first).isInstanceOf(SaslStep.Challenge.class);
    return server.respond(client.clientFinal(((SaslStep.Challenge) first).data()));
  }

  @ParameterizedTest
  @EnumSource(ScramMechanism.class)
  void fullExchangeSucceedsAndProvesTheServer(ScramMechanism mechanism) {
    ScramTestClient client = ScramTestClient.of(mechanism, "Juliet", "abc123xyz", "r0meo!");
    SaslStep step = run(mechanism, client);
    assertThat(step).isInstanceOf(SaslStep.Success.class);
    SaslStep.Success success = (SaslStep.Success) step;
    // The username was case-mapped by the localpart profile.
    assertThat(success.identity()).isEqualTo(BareJid.of("juliet", "example.com"));
    assertThat(new String(success.additionalData().orElseThrow(), UTF_8))
        .isEqualTo(client.expectedServerFinal());
  }

  @Test
  void withoutInitialResponseTheServerAsksWithAnEmptyChallenge() {
    ScramServerMechanism server = server(ScramMechanism.SCRAM_SHA_256);
    ScramTestClient client =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "juliet", "n0nce", "r0meo!");
    SaslStep empty = server.start(Optional.empty());
    assertThat(((SaslStep.Challenge) empty).data()).isEmpty();
    SaslStep first = server.respond(client.clientFirst());
    SaslStep last = server.respond(client.clientFinal(((SaslStep.Challenge) first).data()));
    assertThat(last).isInstanceOf(SaslStep.Success.class);
  }

  @Test
  void wrongPasswordIsNotAuthorized() {
    ScramTestClient client =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "juliet", "n0nce", "wrong");
    assertFailure(run(ScramMechanism.SCRAM_SHA_256, client), SaslFailure.NOT_AUTHORIZED);
  }

  @Test
  void authzidMustBeTheUsersOwnJid() {
    ScramTestClient own =
        new ScramTestClient(
            ScramMechanism.SCRAM_SHA_256, "n,a=juliet@example.com,", "juliet", "n0nce", "r0meo!");
    assertThat(run(ScramMechanism.SCRAM_SHA_256, own)).isInstanceOf(SaslStep.Success.class);

    ScramServerMechanism server = server(ScramMechanism.SCRAM_SHA_256);
    ScramTestClient other =
        new ScramTestClient(
            ScramMechanism.SCRAM_SHA_256, "n,a=romeo@example.com,", "juliet", "n0nce", "r0meo!");
    assertFailure(server.start(Optional.of(other.clientFirst())), SaslFailure.INVALID_AUTHZID);
  }

  @Test
  void gs2FlagYIsAcceptedAndItsChannelBindingChecked() {
    ScramTestClient client =
        new ScramTestClient(ScramMechanism.SCRAM_SHA_1, "y,,", "juliet", "n0nce", "r0meo!");
    assertThat(run(ScramMechanism.SCRAM_SHA_1, client)).isInstanceOf(SaslStep.Success.class);
  }

  @Test
  void channelBindingMustMatchTheGs2Header() {
    ScramServerMechanism server = server(ScramMechanism.SCRAM_SHA_256);
    ScramTestClient client =
        new ScramTestClient(ScramMechanism.SCRAM_SHA_256, "y,,", "juliet", "n0nce", "r0meo!");
    SaslStep first = server.start(Optional.of(client.clientFirst()));
    String clientFinal = new String(client.clientFinal(((SaslStep.Challenge) first).data()), UTF_8);
    String tampered = clientFinal.replace("c=eSws", "c=biws"); // claims "n,," instead of "y,,"
    assertThat(tampered).isNotEqualTo(clientFinal);
    assertFailure(server.respond(tampered.getBytes(UTF_8)), SaslFailure.MALFORMED_REQUEST);
  }

  @Test
  void nonceMustBeTheCombinedNonce() {
    ScramServerMechanism server = server(ScramMechanism.SCRAM_SHA_256);
    ScramTestClient client =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "juliet", "n0nce", "r0meo!");
    server.start(Optional.of(client.clientFirst()));
    byte[] forged = client.clientFinal("r=n0nceFORGED,s=QSXCR+Q6sek8bf92,i=4096".getBytes(UTF_8));
    assertFailure(server.respond(forged), SaslFailure.MALFORMED_REQUEST);
  }

  @Test
  void channelBindingRequestIsRejected() {
    assertFailure(
        server(ScramMechanism.SCRAM_SHA_256)
            .start(Optional.of("p=tls-unique,,n=juliet,r=abc".getBytes(UTF_8))),
        SaslFailure.MALFORMED_REQUEST);
  }

  @Test
  void escapedUsernamesAreDecoded() {
    ScramTestClient client =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "a,b=c", "n0nce", "secret");
    assertThat(new String(client.clientFirst(), UTF_8)).contains("n=a=2Cb=3Dc,");
    SaslStep step = run(ScramMechanism.SCRAM_SHA_256, client);
    assertThat(((SaslStep.Success) step).identity().localpart()).isEqualTo("a,b=c");
  }

  @Test
  void unknownUserGetsALookalikeChallengeAndFailsAtTheEnd() {
    String known = serverFirst("juliet");
    String unknown = serverFirst("nobody");
    String shape = "r=n0nce[A-Za-z0-9+/=]{32},s=[A-Za-z0-9+/]{22}==,i=4096";
    assertThat(known).matches(shape);
    assertThat(unknown).matches(shape);
    // Same salt on every attempt, as a real user's would be.
    assertThat(salt(serverFirst("nobody"))).isEqualTo(salt(unknown));
    assertThat(salt(serverFirst("nobody2"))).isNotEqualTo(salt(unknown));

    ScramTestClient client =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "nobody", "n0nce", "r0meo!");
    assertFailure(run(ScramMechanism.SCRAM_SHA_256, client), SaslFailure.NOT_AUTHORIZED);
  }

  @Test
  void disabledAccountIsReportedOnlyAfterACorrectProof() {
    ScramTestClient right =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "banned", "n0nce", "secret");
    assertFailure(run(ScramMechanism.SCRAM_SHA_256, right), SaslFailure.ACCOUNT_DISABLED);
    ScramTestClient wrong =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "banned", "n0nce", "guess");
    assertFailure(run(ScramMechanism.SCRAM_SHA_256, wrong), SaslFailure.NOT_AUTHORIZED);
  }

  @Test
  void usernameThatIsNotALocalpartIsNotAuthorized() {
    assertFailure(
        server(ScramMechanism.SCRAM_SHA_1).start(Optional.of("n,,n=a b,r=abc".getBytes(UTF_8))),
        SaslFailure.NOT_AUTHORIZED);
    assertFailure(
        server(ScramMechanism.SCRAM_SHA_1).start(Optional.of("n,,n=a@b,r=abc".getBytes(UTF_8))),
        SaslFailure.NOT_AUTHORIZED);
  }

  @Test
  void malformedMessagesAreRejected() {
    for (String bad :
        new String[] {
          "",
          "n",
          "x,,n=juliet,r=abc",
          "n,,r=abc,n=juliet",
          "n,,n=juliet",
          "n,,n=ju=41liet,r=a",
          "n,,m=ext,n=juliet,r=abc",
          "n,,n=,r=abc",
          "n,,n=juliet,r=",
          "n,b=x,n=juliet,r=abc"
        }) {
      assertFailure(
          server(ScramMechanism.SCRAM_SHA_256).start(Optional.of(bad.getBytes(UTF_8))),
          SaslFailure.MALFORMED_REQUEST);
    }
    assertFailure(
        server(ScramMechanism.SCRAM_SHA_256).start(Optional.of(new byte[] {'n', ',', (byte) 0xff})),
        SaslFailure.MALFORMED_REQUEST);
  }

  @Test
  void malformedClientFinalAndLateMessagesAreRejected() {
    ScramServerMechanism server = server(ScramMechanism.SCRAM_SHA_256);
    ScramTestClient client =
        ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, "juliet", "n0nce", "r0meo!");
    server.start(Optional.of(client.clientFirst()));
    assertFailure(
        server.respond("c=biws,r=x,p=%%%".getBytes(UTF_8)), SaslFailure.MALFORMED_REQUEST);
    // The exchange is over after a failure.
    assertFailure(server.respond("anything".getBytes(UTF_8)), SaslFailure.MALFORMED_REQUEST);
  }

  private String serverFirst(String user) {
    ScramTestClient client = ScramTestClient.of(ScramMechanism.SCRAM_SHA_256, user, "n0nce", "x");
    SaslStep step = server(ScramMechanism.SCRAM_SHA_256).start(Optional.of(client.clientFirst()));
    return new String(((SaslStep.Challenge) step).data(), UTF_8);
  }

  private static String salt(String serverFirst) {
    return serverFirst.split(",")[1];
  }

  static void assertFailure(SaslStep step, SaslFailure condition) {
    assertThat(step).isInstanceOf(SaslStep.Failure.class);
    assertThat(((SaslStep.Failure) step).condition()).isEqualTo(condition);
  }
}
