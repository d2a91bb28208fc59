package dev.parley.router;

import dev.parley.protocol.Element;
import dev.parley.protocol.IqType;
import dev.parley.server.Addressing;
import dev.parley.server.Feature;
import dev.parley.server.FeatureContext;
import dev.parley.server.IqKey;
import dev.parley.server.Outcome;

/**
 * Answers {@code <echo xmlns='urn:test:echo'/>} gets to the server and to accounts, saying which
 * handler answered and for which account; {@code <boom xmlns='urn:test:echo'/>} makes the handler
 * throw.
 */
final class EchoFeature implements Feature {
  static final String NS = "urn:test:echo";

  @Override
  public String name() {
    return "echo";
  }

  @Override
  public void register(FeatureContext context) {
    context.iqHandler(
        new IqKey(IqType.GET, "echo", NS, Addressing.HOST),
        request ->
            Outcome.reply(
                request.iq().result(Element.builder("echo", NS).attribute("by", "host").build())));
    context.iqHandler(
        new IqKey(IqType.GET, "echo", NS, Addressing.ACCOUNT),
        request ->
            Outcome.reply(
                request
                    .iq()
                    .result(
                        Element.builder("echo", NS)
                            .attribute("by", "account")
                            .attribute("target", request.target().orElseThrow().toString())
                            .build())));
    context.iqHandler(
        new IqKey(IqType.GET, "boom", NS, Addressing.HOST),
        request -> {
          throw new IllegalStateException("handler failure for the test");
        });
  }
}
