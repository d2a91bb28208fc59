package dev.parley.node;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.netty.util.ResourceLeakDetector;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code ./parley start}: runs one node in the foreground until SIGTERM or Ctrl-C. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  /**
   * Netty's leak detector records a stack trace for a sample of buffers: tests keep it on, a
   * running node does not pay for it (it cost a stack walk per few hundred stanzas and millisecond
   * latency spikes in the load tool's runs). Setting {@code io.netty.leakDetection.level} still
   * wins.
   */
  private static void productionLeakDetection() {
    if (System.getProperty("io.netty.leakDetection.level") == null) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }
  }

  public static void main(String[] args) {
    productionLeakDetection();
    PrintStream console =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    ParleyNode node;
    NodeConfig config;
    StartOptions options;
    try {
      options = StartOptions.parse(args);
      config = ConfigLoader.load(options.config(), options.domain());
      setLogLevel(config.logLevel());
      node = ParleyNode.start(config, options.dataDir());
    } catch (ConfigException e) {
      console.println("parley: " + e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  stopped.countDown();
                },
                "parley-shutdown"));
    printBanner(console, node, config, options);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void printBanner(
      PrintStream console, ParleyNode node, NodeConfig config, StartOptions options) {
    console.println();
    console.println(
        "Parley " + node.info().version() + " is running (node " + config.nodeName() + ")");
    console.println(
        "  domains:        "
            + String.join(", ", node.info().domains().stream().map(Object::toString).toList()));
    for (InetSocketAddress address : node.clientAddresses()) {
      console.println("  clients:        " + address.getHostString() + ":" + address.getPort());
    }
    String admin = "http://" + config.admin().address() + ":" + node.adminPort();
    console.println("  admin API:      " + admin);
    console.println("  web console:    " + admin + "/console  (log in with an admin account)");
    console.println("  data directory: " + options.dataDir().toAbsolutePath().normalize());
    Optional<FirstStart.Credentials> firstAdmin =
        FirstStart.createAdmin(
            node.stores().settings(), node.accounts(), node.info().domains().iterator().next());
    firstAdmin.ifPresent(
        credentials -> {
          console.println();
          console.println("  First start: an admin account was created. This is shown only once.");
          console.println("    JID:      " + credentials.jid());
          console.println("    password: " + credentials.password());
          console.println("  Change it with: ./parley user passwd " + credentials.jid());
          LOG.info("first start: created admin account {}", credentials.jid());
        });
    console.println();
    console.println("Stop with Ctrl-C (SIGTERM): clients are told, nothing is lost.");
  }

  private static void setLogLevel(String level) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(level, Level.INFO));
    }
  }
}
