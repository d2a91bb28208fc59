package dev.parley.testkit.dns;

import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A private dnsmasq answering from a {@link DnsRecords} set, on one 127.x.y.z address and a port of
 * the test's choosing (a free one by default). {@link #close()} (also run at JVM exit) stops it and
 * deletes its directory, which holds the generated configuration and the query log.
 *
 * <pre>{@code
 * try (Dnsmasq dns = Dnsmasq.start("127.0.0.53", records)) {
 *   DnsResolverSettings settings = DnsResolverSettings.of(List.of(dns.hostPort()), ...);
 * }
 * }</pre>
 *
 * <p>Peers that read {@code /etc/resolv.conf}-style files (glibc, ejabberd) cannot name a port:
 * start those servers with {@link #start(String, int, DnsRecords)} on port 53 of their own address.
 */
public final class Dnsmasq implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Dnsmasq.class.getName());
  private static final List<Path> SEARCHED =
      List.of(Path.of("/usr/sbin/dnsmasq"), Path.of("/usr/bin/dnsmasq"), Path.of("/sbin/dnsmasq"));
  private static final String OVERRIDE = "PARLEY_DNSMASQ";
  private static final int START_ATTEMPTS = 3;
  private static final long READY_MILLIS = 10_000;

  private final Process process;
  private final InetSocketAddress address;
  private final Path directory;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Dnsmasq(Process process, InetSocketAddress address, Path directory) {
    this.process = process;
    this.address = address;
    this.directory = directory;
  }

  /** Starts dnsmasq on a free port of {@code listenAddress} (e.g. "127.0.0.53"). */
  public static Dnsmasq start(String listenAddress, DnsRecords records) {
    DnsmasqException failure = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      try {
        return start(listenAddress, freePort(listenAddress), records);
      } catch (DnsmasqException e) {
        // Most likely another process took the port between choosing and binding it.
        failure = e;
      }
    }
    throw failure;
  }

  /** Starts dnsmasq on a fixed port, such as 53 for peers that cannot be told another port. */
  public static Dnsmasq start(String listenAddress, int port, DnsRecords records) {
    Path binary = locate();
    Path directory = createDirectory();
    Path config = directory.resolve("dnsmasq.conf");
    Path log = directory.resolve("dnsmasq.log");
    try {
      Files.write(config, records.configLines(), StandardCharsets.UTF_8);
      List<String> command = command(binary, directory, listenAddress, port, isRoot(directory));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(directory.resolve("dnsmasq.out").toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(listenAddress), port);
      Dnsmasq dnsmasq = new Dnsmasq(process, address, directory);
      dnsmasq.awaitReady(command, log);
      Runtime.getRuntime().addShutdownHook(new Thread(dnsmasq::close, "parley-dnsmasq-stop"));
      LOG.log(System.Logger.Level.INFO, "Test dnsmasq on {0}:{1} in {2}", listenAddress, port, log);
      return dnsmasq;
    } catch (IOException e) {
      delete(directory);
      throw new DnsmasqException("cannot start " + binary + " in " + directory, e);
    }
  }

  /** Where it listens (UDP and TCP). */
  public InetSocketAddress address() {
    return address;
  }

  /** "ip:port", the form resolver settings take. */
  public String hostPort() {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** The query log (every question and how it was answered), for failing tests to print. */
  public String log() {
    try {
      return Files.readString(directory.resolve("dnsmasq.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops dnsmasq and deletes its directory. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      delete(directory);
    }
  }

  private static List<String> command(
      Path binary, Path directory, String listenAddress, int port, boolean root) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    // Stay in the foreground, so this JVM owns the process and close() can end it.
    command.add("--keep-in-foreground");
    // Read only the generated file, never /etc/dnsmasq.conf (its default).
    command.add("--conf-file=" + directory.resolve("dnsmasq.conf"));
    // No upstream servers from /etc/resolv.conf: nothing is ever forwarded.
    command.add("--no-resolv");
    // Ignore /etc/hosts: the machine's names must not leak into the test's answers.
    command.add("--no-hosts");
    // DNS on this port, UDP and TCP.
    command.add("--port=" + port);
    // Answer on this address only ...
    command.add("--listen-address=" + listenAddress);
    // ... and bind just that address, so several instances can run side by side.
    command.add("--bind-interfaces");
    // Write the pid file in the private directory instead of /run.
    command.add("--pid-file=" + directory.resolve("dnsmasq.pid"));
    // Log to a file of the private directory instead of syslog.
    command.add("--log-facility=" + directory.resolve("dnsmasq.log"));
    // Log every question and its answer: the first thing to read when a DNS test fails.
    command.add("--log-queries");
    if (root) {
      // As root dnsmasq drops to the user "dnsmasq", which only the full Debian package creates.
      command.add("--user=root");
      command.add("--group=root");
    }
    return command;
  }

  private void awaitReady(List<String> command, Path log) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_MILLIS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String output = read(directory.resolve("dnsmasq.out")) + read(log);
        delete(directory);
        throw new DnsmasqException(
            "dnsmasq exited with " + process.exitValue() + ": " + command + "\n" + output);
      }
      // dnsmasq opens its TCP socket together with the UDP one, before it serves anything.
      try (Socket probe = new Socket()) {
        probe.connect(address, 200);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    close();
    throw new DnsmasqException("dnsmasq did not listen on " + address + " within 10 s");
  }

  private static Path locate() {
    String override = System.getenv(OVERRIDE);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return SEARCHED.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new DnsmasqException(
                    "dnsmasq not found in "
                        + SEARCHED
                        + ". Install it with: apt-get install -y dnsmasq-base"
                        + " (.ci/run installs dnsmasq on CI); or set "
                        + OVERRIDE));
  }

  private static int freePort(String listenAddress) {
    try {
      InetAddress address = InetAddress.getByName(listenAddress);
      // A port free for both UDP and TCP, because dnsmasq binds both.
      for (int tries = 0; tries < 20; tries++) {
        int port;
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address, 0))) {
          port = udp.getLocalPort();
        }
        try (ServerSocket tcp = new ServerSocket(port, 1, address)) {
          return tcp.getLocalPort();
        } catch (IOException taken) {
          // try another
        }
      }
      throw new DnsmasqException("no port free for UDP and TCP on " + listenAddress);
    } catch (UnknownHostException e) {
      throw new DnsmasqException("not an IP address: " + listenAddress, e);
    } catch (IOException e) {
      throw new DnsmasqException("cannot find a free port on " + listenAddress, e);
    }
  }

  private static Path createDirectory() {
    try {
      return Files.createTempDirectory("parley-dnsmasq-");
    } catch (IOException e) {
      throw new DnsmasqException("cannot create a directory for dnsmasq", e);
    }
  }

  private static boolean isRoot(Path ownDirectory) {
    try {
      return ((Integer) Files.getAttribute(ownDirectory, "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException e) {
      throw new DnsmasqException("cannot tell which user runs the tests", e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + file + ")";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DnsmasqException("interrupted while waiting for dnsmasq", e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not delete " + directory, e);
    }
  }
}
