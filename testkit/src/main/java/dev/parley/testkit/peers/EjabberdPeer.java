package dev.parley.testkit.peers;

import dev.parley.protocol.BareJid;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real ejabberd (the Debian package) running as a federation peer: an Erlang VM started with
 * {@code erl} directly (never {@code ejabberdctl}, PEERS.md quirk 4), as root, with a generated
 * configuration, Mnesia directory and logs in a temporary directory.
 *
 * <p>The VM is not distributed (no {@code -name}): nothing talks to it over Erlang distribution, so
 * it needs no epmd, registers nowhere and cannot collide with other nodes on the machine. Users are
 * added through ejabberd's HTTP command API ({@code mod_http_api}) on the peer's own address.
 *
 * <p>With a DNS server configured, SRV lookups go through Erlang's resolver ({@code ERL_INETRC})
 * and A lookups through glibc, so the VM also runs with a private {@code /etc/resolv.conf} (quirk
 * 3).
 */
public final class EjabberdPeer implements XmppPeer {

  private static final System.Logger LOG = System.getLogger(EjabberdPeer.class.getName());
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

  private final PeerConfig config;
  private final PeerWorkspace workspace;
  private final Path log;
  private final List<Path> logs;
  private final PeerProcess process;
  private final HttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread exitHook;

  private EjabberdPeer(
      PeerConfig config, PeerWorkspace workspace, Path log, List<Path> logs, PeerProcess process) {
    this.config = config;
    this.workspace = workspace;
    this.log = log;
    this.logs = logs;
    this.process = process;
    this.exitHook = PeerProcess.closeOnJvmExit(this::close, "ejabberd");
    this.http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
  }

  /**
   * Writes the configuration, starts the VM and returns once the c2s, s2s and HTTP ports accept
   * connections. Fails (never skips) if ejabberd is missing or does not come up.
   */
  public static EjabberdPeer start(PeerConfig config) {
    config
        .dnsServer()
        .ifPresent(dns -> PrivateResolvConf.requireStandardPort(dns, "ejabberd's glibc lookups"));
    EjabberdInstallation installation = EjabberdInstallation.locate();
    PeerWorkspace workspace = PeerWorkspace.create("ejabberd", config.logDirectory());
    try {
      Path log = workspace.logFile("ejabberd.log");
      Path console = workspace.logFile("erl.out");
      List<Path> logs = List.of(log, workspace.logFile("error.log"), console);
      Path configFile =
          workspace.write(
              "ejabberd.yml",
              EjabberdConfigFile.render(
                  config, config.tls().map(tls -> usableKey(tls, workspace))));
      String resolvConf =
          config
              .dnsServer()
              .map(dns -> workspace.write("resolv.conf", PrivateResolvConf.content(dns)))
              .map(Path::toString)
              .orElse("");
      Map<String, String> environment =
          environment(installation, workspace, configFile, log, resolvConf);
      PeerProcess process =
          PeerProcess.start(
              "ejabberd",
              PrivateResolvConf.wrap(config.dnsServer(), resolvConf, erlCommand(workspace)),
              environment,
              workspace.directory(),
              console);
      EjabberdPeer peer = new EjabberdPeer(config, workspace, log, logs, process);
      try {
        peer.awaitReady();
      } catch (RuntimeException e) {
        peer.close();
        throw e;
      }
      LOG.log(
          System.Logger.Level.INFO,
          "ejabberd for {0} ({1}) on {2}, logs in {3}",
          config.domain(),
          config.mode(),
          config.address().getHostAddress(),
          log);
      return peer;
    } catch (RuntimeException e) {
      workspace.close();
      throw e;
    }
  }

  @Override
  public PeerConfig config() {
    return config;
  }

  @Override
  public String software() {
    return "ejabberd " + Tools.packageVersion("ejabberd");
  }

  /** Adds the account with the {@code register} command of the HTTP API. */
  @Override
  public BareJid register(String localpart, String password) {
    command(
        "register",
        "{\"user\":"
            + jsonString(localpart)
            + ",\"host\":"
            + jsonString(config.domain().domain())
            + ",\"password\":"
            + jsonString(password)
            + "}");
    return BareJid.of(localpart, config.domain().domain());
  }

  /**
   * Runs any ejabberd API command (e.g. {@code outgoing_s2s_number}, {@code connected_users}) and
   * returns its JSON result.
   *
   * @param name the command's name
   * @param jsonArguments its arguments as a JSON object, e.g. {@code {"host":"ejabberd.test"}}
   */
  public String command(String name, String jsonArguments) {
    URI uri =
        URI.create(
            "http://"
                + config.address().getHostAddress()
                + ":"
                + config.httpPort()
                + "/api/"
                + name);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(HTTP_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonArguments))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new PeerException(
            "ejabberd command "
                + name
                + " failed ("
                + response.statusCode()
                + "): "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new PeerException("ejabberd command " + name + " could not be sent to " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PeerException("interrupted during ejabberd command " + name, e);
    }
  }

  @Override
  public Path logFile() {
    return log;
  }

  @Override
  public List<Path> logFiles() {
    return logs;
  }

  @Override
  public String logTail(int lines) {
    return PeerWorkspace.tail(logs, lines);
  }

  @Override
  public Path directory() {
    return workspace.directory();
  }

  @Override
  public long pid() {
    return process.pid();
  }

  /** Stops the VM (SIGTERM makes OTP stop its applications cleanly) and deletes its directory. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    PeerProcess.forgetOnJvmExit(exitHook);
    try {
      http.close();
      process.stop();
    } finally {
      workspace.close();
    }
  }

  /**
   * ejabberd 23.01 (p1_pkix) pairs a key with its certificate through the public key stored in the
   * key file, and an EC key in PKCS#8 may leave it out (as Java's and BouncyCastle's encodings do):
   * the certificate is then refused and ejabberd does not start. {@code openssl ec} rewrites such a
   * key with its public key; keys it cannot read (RSA) are used as given.
   */
  private static Path usableKey(PeerTls tls, PeerWorkspace workspace) {
    Path rewritten = workspace.file("ec-key.pem");
    boolean ec =
        Tools.succeeds(
            List.of(
                "openssl", "ec", "-in", tls.privateKey().toString(), "-out", rewritten.toString()));
    return ec ? rewritten : tls.privateKey();
  }

  /**
   * The VM's command line: not distributed, so no epmd is started or needed; Mnesia in the
   * temporary directory.
   */
  private static List<String> erlCommand(PeerWorkspace workspace) {
    return List.of(
        "erl",
        "-noinput",
        "-start_epmd",
        "false",
        "-mnesia",
        "dir",
        erlangString(workspace.mkdir("database").toString()),
        "-s",
        "ejabberd");
  }

  private void awaitReady() {
    process.awaitListening(
        List.of(config.c2sAddress(), config.s2sAddress(), httpAddress(config)),
        config.startTimeout(),
        () -> logTail(40));
    awaitCommands(config.startTimeout());
  }

  /**
   * Waits until the command API answers: ejabberd may open its listeners and still abort its start
   * (for instance over a certificate), so open ports alone do not prove it runs.
   */
  private void awaitCommands(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        command("status", "{}");
        return;
      } catch (PeerException e) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new PeerException("ejabberd did not start\n" + logTail(40), e);
        }
        PeerProcess.sleep(Duration.ofMillis(100));
      }
    }
  }

  /** The VM's environment: where ejabberd is, its config and log, and the DNS redirection. */
  private static Map<String, String> environment(
      EjabberdInstallation installation,
      PeerWorkspace workspace,
      Path configFile,
      Path log,
      String resolvConf) {
    Map<String, String> environment = new HashMap<>();
    environment.put("ERL_LIBS", installation.libraries().toString());
    environment.put("EJABBERD_CONFIG_PATH", configFile.toString());
    environment.put("EJABBERD_LOG_PATH", log.toString());
    environment.put("ERL_CRASH_DUMP_BYTES", "0");
    // Keeps the VM away from root's own ~/.erlang and ~/.erlang.cookie.
    environment.put("HOME", workspace.directory().toString());
    if (!resolvConf.isEmpty()) {
      // Erlang's own resolver (SRV lookups) reads this; glibc gets the bind-mounted file.
      String inetrc = "{lookup, [dns]}.\n{resolv_conf, " + erlangString(resolvConf) + "}.\n";
      environment.put("ERL_INETRC", workspace.write("inetrc", inetrc).toString());
    }
    return environment;
  }

  private static InetSocketAddress httpAddress(PeerConfig config) {
    return new InetSocketAddress(config.address(), config.httpPort());
  }

  /** An Erlang string literal (a term for {@code -mnesia dir} and the inetrc file). */
  private static String erlangString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
