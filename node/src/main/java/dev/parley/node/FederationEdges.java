package dev.parley.node;

import dev.parley.federation.InboundAdmission;
import dev.parley.server.DomainService;
import dev.parley.server.Router;
import java.util.function.UnaryOperator;

/**
 * The layers between the router and the federation service, applied each time the service starts:
 * who may authenticate an inbound stream, what wraps the router that inbound stanzas enter, and
 * what wraps the outbound routes that stanzas for remote domains leave by. The federation policy
 * and the email-address translation are such layers; the composition root stacks them.
 *
 * @param admission asked once per authenticated remote domain of an inbound stream
 * @param inbound wraps the router that receives stanzas from authenticated server streams (and the
 *     bounces the federation service generates for local senders)
 * @param outbound wraps the federation service's outbound routes before the router gets them
 */
record FederationEdges(
    InboundAdmission admission,
    UnaryOperator<Router> inbound,
    UnaryOperator<DomainService> outbound) {

  /** No layers: every domain admitted, stanzas pass unchanged. */
  static final FederationEdges NONE =
      new FederationEdges(
          InboundAdmission.ALLOW_ALL, UnaryOperator.identity(), UnaryOperator.identity());
}
