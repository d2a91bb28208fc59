package dev.parley.federation;

import dev.parley.protocol.DomainJid;
import dev.parley.protocol.JidFormatException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The domains this node serves over federation, read live: the hosted domains of the bootstrap
 * file, chat node aliases (MUC service domains an administrator adds and removes at runtime) and
 * domains used only as federated email addresses. Inbound {@code to} checks, dialback, SASL
 * EXTERNAL authorization, the outbound {@code from} check and the certificate chosen by SNI all ask
 * this, so an alias added at runtime is served without a restart.
 *
 * <p>Implementations must be cheap and must not block: {@link #contains} runs on event loops for
 * every inbound stream header and dialback request.
 */
public interface LocalDomains {

  /** Whether {@code domain} (a normalized domain, as {@link DomainJid#domain()}) is served. */
  boolean contains(String domain);

  /** Every domain served right now, in a stable order (hosted domains first). */
  Set<String> all();

  /** A fixed set, such as the hosted domains of {@code parley.yml}. */
  static LocalDomains of(Collection<DomainJid> domains) {
    Set<String> names = new LinkedHashSet<>();
    for (DomainJid domain : domains) {
      names.add(domain.domain());
    }
    Set<String> fixed = java.util.Collections.unmodifiableSet(names);
    return new LocalDomains() {
      @Override
      public boolean contains(String domain) {
        return fixed.contains(domain);
      }

      @Override
      public Set<String> all() {
        return fixed;
      }
    };
  }

  /**
   * A set read from {@code current} on each call, for domains that change at runtime (chat node
   * aliases, email domains). The supplier's strings are normalized here.
   */
  static LocalDomains live(Supplier<? extends Collection<String>> current) {
    return new LocalDomains() {
      @Override
      public boolean contains(String domain) {
        return all().contains(domain);
      }

      @Override
      public Set<String> all() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : current.get()) {
          names.add(normalized(name));
        }
        return names;
      }
    };
  }

  /** The union of several sources, in the order given. */
  static LocalDomains union(List<LocalDomains> sources) {
    List<LocalDomains> parts = List.copyOf(sources);
    return new LocalDomains() {
      @Override
      public boolean contains(String domain) {
        for (LocalDomains part : parts) {
          if (part.contains(domain)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public Set<String> all() {
        Set<String> names = new LinkedHashSet<>();
        for (LocalDomains part : parts) {
          names.addAll(part.all());
        }
        return names;
      }
    };
  }

  private static String normalized(String domain) {
    try {
      return DomainJid.of(domain).domain();
    } catch (JidFormatException e) {
      return domain;
    }
  }
}
