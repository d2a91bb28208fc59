package dev.parley.auth;

import java.util.List;
import java.util.Optional;

/** The mechanisms a server offers to clients, strongest first. */
public interface SaslMechanisms {

  /** The names to advertise on a connection in this context. */
  List<String> offered(SaslContext context);

  /** A fresh exchange for the named mechanism, empty when it is not offered in this context. */
  Optional<SaslMechanism> create(String name, SaslContext context);
}
