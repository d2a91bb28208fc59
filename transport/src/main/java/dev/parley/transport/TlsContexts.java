package dev.parley.transport;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.DomainWildcardMappingBuilder;
import io.netty.util.Mapping;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * Server TLS contexts, one per hosted domain, built from PEM certificate chains and PKCS#8 keys
 * (RSA or ECDSA). The first domain's context is the default when a client sends no SNI.
 *
 * <p>The engine is BoringSSL (netty-tcnative) when its native library loads, the JDK's otherwise.
 * The load profile (docs/PERFORMANCE.md, session 2) showed the JDK engine's handshake at about two
 * thirds of the server's Java CPU per login, and its per-session buffers and objects as a large
 * part of an idle session's memory; BoringSSL does the same handshake in a fraction of the time and
 * releases its buffers between records. Reference-counted engines: the {@code SslHandler} frees
 * each one when its connection closes.
 */
public final class TlsContexts {
  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  /** The engine every context of this process uses. */
  public static final SslProvider PROVIDER =
      OpenSsl.isAvailable() ? SslProvider.OPENSSL_REFCNT : SslProvider.JDK;

  private final Map<String, SslContext> byDomain;
  private final SslContext fallback;

  private TlsContexts(Map<String, SslContext> byDomain, SslContext fallback) {
    this.byDomain = byDomain;
    this.fallback = fallback;
  }

  /** A certificate chain and its private key for one domain. */
  public record KeyPair(String domain, Path certificateChain, Path privateKey) {}

  public static TlsContexts of(Iterable<KeyPair> pairs) {
    Map<String, SslContext> contexts = new LinkedHashMap<>();
    SslContext first = null;
    for (KeyPair pair : pairs) {
      SslContext context = serverContext(pair);
      contexts.put(pair.domain(), context);
      if (first == null) {
        first = context;
      }
    }
    if (first == null) {
      throw new IllegalArgumentException("at least one certificate is needed for TLS");
    }
    return new TlsContexts(contexts, first);
  }

  private static SslContext serverContext(KeyPair pair) {
    File chain = pair.certificateChain().toFile();
    File key = pair.privateKey().toFile();
    try {
      return SslContextBuilder.forServer(chain, key)
          .sslProvider(PROVIDER)
          .protocols(PROTOCOLS)
          .build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new TlsConfigurationException(
          "cannot load the certificate " + chain + " with key " + key + ": " + e.getMessage(), e);
    }
  }

  /** The context for a domain (from the stream header or SNI), or the default one. */
  public SslContext forDomain(String domain) {
    return byDomain.getOrDefault(domain, fallback);
  }

  /** A handler for STARTTLS: the {@code <proceed/>} goes out in clear, then TLS starts. */
  public SslHandler startTls(String domain, ByteBufAllocator allocator) {
    return new SslHandler(forDomain(domain).newEngine(allocator), true);
  }

  /** A handler for direct TLS (XEP-0368) that picks the certificate by SNI. */
  public SniHandler directTls() {
    DomainWildcardMappingBuilder<SslContext> builder = new DomainWildcardMappingBuilder<>(fallback);
    byDomain.forEach(builder::add);
    Mapping<String, SslContext> mapping = builder.build();
    return new SniHandler(mapping);
  }
}
