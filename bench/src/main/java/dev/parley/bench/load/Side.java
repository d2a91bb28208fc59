package dev.parley.bench.load;

/**
 * One side of a scenario: the accounts it logs in and how they connect.
 *
 * @param client how the clients connect (server, TLS, SASL)
 * @param accounts which accounts log in, one connection each
 */
public record Side(ClientSettings client, Accounts accounts) {

  /** Checks that the accounts belong to the server's domain. */
  public Side {
    if (!client.endpoint().domain().equals(accounts.domain())) {
      throw new IllegalArgumentException(
          "accounts of " + accounts.domain() + " cannot log in to " + client.endpoint().domain());
    }
  }
}
