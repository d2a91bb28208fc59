package dev.parley.ext.ping;

import dev.parley.protocol.IqType;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;

/**
 * XEP-0199 XMPP Ping: a client-to-server ping (§4.2) to a hosted domain, and a ping to an account's
 * bare JID, which RFC 6120 §10.5.3.2 has the server answer on the account's behalf.
 */
public final class PingFeature implements Feature {
  /** The ping namespace. */
  public static final String NAMESPACE = "urn:xmpp:ping";

  @Override
  public String name() {
    return "ping";
  }

  @Override
  public void register(FeatureContext context) {
    context.serverFeature(NAMESPACE);
    context.accountFeature(NAMESPACE);
    context.iqHandler(new IqKey(IqType.GET, "ping", NAMESPACE, Addressing.HOST), PingFeature::pong);
    context.iqHandler(
        new IqKey(IqType.GET, "ping", NAMESPACE, Addressing.ACCOUNT), PingFeature::pong);
  }

  private static Outcome pong(IqRequest request) {
    return Outcome.reply(request.iq().emptyResult());
  }
}
