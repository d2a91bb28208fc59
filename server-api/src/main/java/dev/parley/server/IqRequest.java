package dev.parley.server;

import dev.parley.protocol.BareJid;
import dev.parley.protocol.Element;
import dev.parley.protocol.Iq;
import dev.parley.protocol.Jid;
import java.util.Optional;

/**
 * An IQ get or set handed to a handler.
 *
 * @param iq the request, with trusted {@code from}
 * @param payload its one child element
 * @param target the account it is about, for {@link Addressing#ACCOUNT} handlers
 * @param origin the local session that sent it, when it came from one
 */
public record IqRequest(
    Iq iq, Element payload, Optional<BareJid> target, Optional<ClientSession> origin) {

  public Jid sender() {
    return iq.from().orElseThrow();
  }

  /** True when a local user asks about their own account. */
  public boolean fromTargetAccount() {
    return target.isPresent() && target.get().equals(sender().bare());
  }
}
