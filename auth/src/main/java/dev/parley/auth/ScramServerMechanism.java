package dev.parley.auth;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Jid;
import dev.parley.protocol.JidFormatException;
import dev.parley.store.Account;
import dev.parley.store.ScramCredential;
import dev.parley.store.ScramMechanism;
import dev.parley.store.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of SCRAM-SHA-1 and SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding.
 *
 * <pre>
 *   client-first  --&gt;  server-first (salt, iterations, nonce)   [AwaitingClientFinal]
 *   client-final  --&gt;  success with v=ServerSignature, or failure  [Finished]
 * </pre>
 *
 * <p>An unknown user, or one without a credential for this mechanism, gets a server-first-message
 * built from {@link FakeCredentials}, and fails only after the proof with {@code not-authorized},
 * exactly like a wrong password. A disabled account is reported only after a correct proof, so that
 * the condition does not reveal which accounts exist.
 */
public final class ScramServerMechanism implements SaslMechanism {
  private static final Logger LOG = LoggerFactory.getLogger(ScramServerMechanism.class);

  private final ScramMechanism mechanism;
  private final UserStore users;
  private final SaslContext context;
  private final FakeCredentials fakes;
  private final NonceSource nonces;
  private State state = new AwaitingClientFirst();

  /** Where the exchange is; each client message moves it forward exactly once. */
  private sealed interface State permits AwaitingClientFirst, AwaitingClientFinal, Finished {}

  private record AwaitingClientFirst() implements State {}

  private record AwaitingClientFinal(
      BareJid user,
      Optional<Account> account,
      ScramCredential credential,
      String gs2Header,
      String nonce,
      String clientFirstBare,
      String serverFirst)
      implements State {}

  private record Finished() implements State {}

  /**
   * @param mechanism the hash family
   * @param users where accounts and their credentials are looked up
   * @param context the connection's domain (usernames are localparts in it)
   * @param fakes stand-in credentials for unknown users
   * @param nonces source of the server's nonce part
   */
  public ScramServerMechanism(
      ScramMechanism mechanism,
      UserStore users,
      SaslContext context,
      FakeCredentials fakes,
      NonceSource nonces) {
    this.mechanism = mechanism;
    this.users = users;
    this.context = context;
    this.fakes = fakes;
    this.nonces = nonces;
  }

  @Override
  public String name() {
    return mechanism.saslName();
  }

  @Override
  public SaslStep start(Optional<byte[]> initialResponse) {
    if (initialResponse.isEmpty()) {
      // RFC 6120 §6.4.2: no initial response, so ask for it with an empty challenge.
      return new SaslStep.Challenge(new byte[0]);
    }
    return respond(initialResponse.get());
  }

  @Override
  public SaslStep respond(byte[] response) {
    State current = state;
    state = new Finished(); // a failure below ends the exchange; success paths set the next state
    try {
      return switch (current) {
        case AwaitingClientFirst first -> clientFirst(SaslText.utf8(response));
        case AwaitingClientFinal awaiting -> clientFinal(awaiting, SaslText.utf8(response));
        case Finished finished ->
            new SaslStep.Failure(SaslFailure.MALFORMED_REQUEST, "the exchange is over");
      };
    } catch (SaslMessageException e) {
      return e.toStep();
    }
  }

  private SaslStep clientFirst(String message) {
    ScramMessages.ClientFirst first = ScramMessages.parseClientFirst(message);
    BareJid user;
    try {
      user = BareJid.of(first.username(), context.domain().domain());
    } catch (JidFormatException e) {
      return new SaslStep.Failure(SaslFailure.NOT_AUTHORIZED, "not a valid username");
    }
    if (first.authzid().isPresent() && !authzidAllowed(first.authzid().get(), user)) {
      return new SaslStep.Failure(
          SaslFailure.INVALID_AUTHZID, "you may only act as your own account");
    }
    Optional<Account> account = users.find(user);
    ScramCredential credential =
        account
            .flatMap(
                a ->
                    users.credentials(user).stream()
                        .filter(c -> c.mechanism() == mechanism)
                        .findFirst())
            .orElseGet(() -> fakes.forUser(mechanism, user));
    String nonce = first.clientNonce() + nonces.next();
    String serverFirst = "r=" + nonce + ",s=" + credential.salt() + ",i=" + credential.iterations();
    state =
        new AwaitingClientFinal(
            user, account, credential, first.gs2Header(), nonce, first.bare(), serverFirst);
    return new SaslStep.Challenge(serverFirst.getBytes(StandardCharsets.UTF_8));
  }

  private SaslStep clientFinal(AwaitingClientFinal awaiting, String message) {
    ScramMessages.ClientFinal last = ScramMessages.parseClientFinal(message);
    // RFC 5802 §5.1: c= is base64 of the GS2 header we saw ("biws" for "n,,").
    byte[] expectedBinding = awaiting.gs2Header().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expectedBinding, last.channelBinding())) {
      return new SaslStep.Failure(
          SaslFailure.MALFORMED_REQUEST, "channel binding does not match the GS2 header");
    }
    if (!awaiting.nonce().equals(last.nonce())) {
      return new SaslStep.Failure(SaslFailure.MALFORMED_REQUEST, "nonce mismatch");
    }
    byte[] authMessage =
        (awaiting.clientFirstBare() + "," + awaiting.serverFirst() + "," + last.withoutProof())
            .getBytes(StandardCharsets.UTF_8);
    Base64.Decoder base64 = Base64.getDecoder();
    ScramCredential credential = awaiting.credential();
    byte[] storedKey = base64.decode(credential.storedKey());
    boolean proofValid = verifyProof(storedKey, authMessage, last.proof());
    if (!proofValid || awaiting.account().isEmpty()) {
      LOG.debug("{} failed for {}", mechanism.saslName(), awaiting.user());
      return new SaslStep.Failure(SaslFailure.NOT_AUTHORIZED, "wrong username or password");
    }
    if (awaiting.account().get().disabled()) {
      return new SaslStep.Failure(SaslFailure.ACCOUNT_DISABLED, "this account is disabled");
    }
    byte[] serverSignature =
        ScramCrypto.hmac(mechanism, base64.decode(credential.serverKey()), authMessage);
    byte[] serverFinal =
        ("v=" + Base64.getEncoder().encodeToString(serverSignature))
            .getBytes(StandardCharsets.UTF_8);
    return new SaslStep.Success(awaiting.user(), Optional.of(serverFinal));
  }

  /** RFC 5802 §3: ClientKey = ClientProof XOR HMAC(StoredKey, AuthMessage); H(ClientKey) == ? */
  private boolean verifyProof(byte[] storedKey, byte[] authMessage, byte[] proof) {
    byte[] clientSignature = ScramCrypto.hmac(mechanism, storedKey, authMessage);
    if (proof.length != clientSignature.length) {
      return false;
    }
    byte[] clientKey = ScramCrypto.xor(proof, clientSignature);
    return MessageDigest.isEqual(ScramCrypto.hash(mechanism, clientKey), storedKey);
  }

  /** The authzid may only name the authenticating user (we support no proxy authorization). */
  static boolean authzidAllowed(String authzid, BareJid user) {
    try {
      return Jid.parse(authzid).equals(user);
    } catch (JidFormatException e) {
      return false;
    }
  }
}
