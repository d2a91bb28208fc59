package dev.parley.store;

/** The subscription attribute of a roster item (RFC 6121 §2.1.2.5). */
public enum Subscription {
  NONE,
  TO,
  FROM,
  BOTH;

  public boolean hasTo() {
    return this == TO || this == BOTH;
  }

  public boolean hasFrom() {
    return this == FROM || this == BOTH;
  }

  public Subscription withTo(boolean to) {
    return of(to, hasFrom());
  }

  public Subscription withFrom(boolean from) {
    return of(hasTo(), from);
  }

  public static Subscription of(boolean to, boolean from) {
    if (to) {
      return from ? BOTH : TO;
    }
    return from ? FROM : NONE;
  }
}
