package dev.parley.federation;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What is known about one live server stream, for {@code parley federation sessions}. Mutable facts
 * are filled in as negotiation proceeds; {@link #snapshot()} gives an immutable view.
 */
public final class ServerStream {
  /** Inbound (the peer connected to us) or outbound. */
  public enum Direction {
    INBOUND,
    OUTBOUND
  }

  /** An immutable view of a stream. */
  public record Snapshot(
      String id,
      Direction direction,
      String localDomain,
      String remoteDomain,
      String node,
      Optional<String> tls,
      Optional<String> certificateSubject,
      Optional<String> certificateIssuer,
      Optional<Instant> certificateExpiry,
      String certificateVerdict,
      String authentication,
      Instant since,
      long stanzasIn,
      long stanzasOut,
      int queued) {}

  private final String id;
  private final Direction direction;
  private final String node;
  private final Instant since = Instant.now();
  private final AtomicLong in = new AtomicLong();
  private final AtomicLong out = new AtomicLong();
  private final java.util.function.Consumer<dev.parley.protocol.StreamError> closer;
  private volatile String localDomain;
  private volatile String remoteDomain;
  private volatile Optional<String> tls = Optional.empty();
  private volatile Optional<CertificateVerdict> verdict = Optional.empty();
  private volatile String authentication = "none";
  private volatile java.util.function.IntSupplier queued = () -> 0;

  ServerStream(
      String id,
      Direction direction,
      String node,
      java.util.function.Consumer<dev.parley.protocol.StreamError> closer) {
    this.id = id;
    this.direction = direction;
    this.node = node;
    this.closer = closer;
  }

  public String id() {
    return id;
  }

  void domains(String local, String remote) {
    this.localDomain = local;
    this.remoteDomain = remote;
  }

  void tls(String description, CertificateVerdict certificate) {
    this.tls = Optional.of(description);
    this.verdict = Optional.of(certificate);
  }

  void authenticated(String how) {
    this.authentication = how;
  }

  void queue(java.util.function.IntSupplier length) {
    this.queued = length;
  }

  void countIn() {
    in.incrementAndGet();
  }

  void countOut() {
    out.incrementAndGet();
  }

  /** Closes the stream by an administrator's decision (the admin API). */
  public void close() {
    close(
        dev.parley.protocol.StreamError.of(
            dev.parley.protocol.StreamErrorCondition.POLICY_VIOLATION,
            "closed by an administrator"));
  }

  /** Closes the stream with the given error, for example system-shutdown. */
  public void close(dev.parley.protocol.StreamError error) {
    closer.accept(error);
  }

  public Snapshot snapshot() {
    Optional<CertificateVerdict> v = verdict;
    return new Snapshot(
        id,
        direction,
        String.valueOf(localDomain),
        String.valueOf(remoteDomain),
        node,
        tls,
        v.flatMap(
            c ->
                c instanceof CertificateVerdict.Trusted t
                    ? Optional.of(t.subject())
                    : Optional.empty()),
        v.flatMap(
            c ->
                c instanceof CertificateVerdict.Trusted t
                    ? Optional.of(t.issuer())
                    : Optional.empty()),
        v.flatMap(
            c ->
                c instanceof CertificateVerdict.Trusted t
                    ? Optional.of(t.notAfter())
                    : Optional.empty()),
        v.map(
                c ->
                    switch (c) {
                      case CertificateVerdict.Trusted t -> "trusted (" + t.how() + ")";
                      case CertificateVerdict.Untrusted u -> u.reason() + ": " + u.text();
                    })
            .orElse("no TLS"),
        authentication,
        since,
        in.get(),
        out.get(),
        queued.getAsInt());
  }
}
