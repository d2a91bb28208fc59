package dev.parley.ext.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import dev.parley.protocol.Stanza;
import dev.parley.protocol.StanzaError;
import dev.parley.protocol.StanzaErrorCondition;
import dev.parley.protocol.XmlParsing;
import dev.parley.server.ClientSession;
import dev.parley.server.IqRequest;
import dev.parley.server.Outcome;
import java.util.List;
import java.util.Optional;

/** Builds requests from literal XML and reads outcomes. */
public final class Requests {
  private Requests() {}

  public static Stanza stanza(String xml) {
    return Stanza.parse(XmlParsing.parseElement(xml));
  }

  public static Iq iq(String xml) {
    return (Iq) stanza(xml);
  }

  /** A request to a hosted domain, from a local session or (with none) from elsewhere. */
  public static IqRequest host(String xml, Optional<ClientSession> origin) {
    Iq iq = iq(xml);
    return new IqRequest(iq, iq.payload().orElseThrow(), Optional.empty(), origin);
  }

  /** A request about the account {@code target}. */
  public static IqRequest account(String xml, String target, Optional<ClientSession> origin) {
    Iq iq = iq(xml);
    return new IqRequest(
        iq, iq.payload().orElseThrow(), Optional.of((BareJid) Jid.parse(target)), origin);
  }

  /** The stanzas an outcome sends; fails if it is an error. */
  public static List<Stanza> sent(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Send.class);
    return ((Outcome.Send) outcome).stanzas();
  }

  /** The single reply of an outcome. */
  public static Stanza reply(Outcome outcome) {
    List<Stanza> stanzas = sent(outcome);
    assertThat(stanzas).hasSize(1);
    return stanzas.get(0);
  }

  /** The single reply's payload. */
  public static Element payload(Outcome outcome) {
    return reply(outcome).element().elements().get(0);
  }

  public static StanzaError error(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Fail.class);
    return ((Outcome.Fail) outcome).error();
  }

  public static StanzaErrorCondition condition(Outcome outcome) {
    return error(outcome).condition();
  }

  public static String xml(Stanza stanza) {
    return stanza.element().toString();
  }
}
