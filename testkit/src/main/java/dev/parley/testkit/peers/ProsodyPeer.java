package dev.parley.testkit.peers;

import dev.parley.protocol.BareJid;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real Prosody (the Debian package) running as a federation peer: {@code prosody -F} in the
 * foreground as root, with a generated configuration and data in a temporary directory. Start it
 * with {@link #start(PeerConfig)} inside try-with-resources.
 */
public final class ProsodyPeer implements XmppPeer {

  private static final System.Logger LOG = System.getLogger(ProsodyPeer.class.getName());

  private final PeerConfig config;
  private final PeerWorkspace workspace;
  private final Path configFile;
  private final Path log;
  private final Path console;
  private final PeerProcess process;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread exitHook;

  private ProsodyPeer(
      PeerConfig config,
      PeerWorkspace workspace,
      Path configFile,
      Path log,
      Path console,
      PeerProcess process) {
    this.config = config;
    this.workspace = workspace;
    this.configFile = configFile;
    this.log = log;
    this.console = console;
    this.process = process;
    this.exitHook = PeerProcess.closeOnJvmExit(this::close, "prosody");
  }

  /**
   * Writes the configuration, starts Prosody and returns once its c2s and s2s ports accept
   * connections. Fails (never skips) if Prosody is missing or does not come up.
   */
  public static ProsodyPeer start(PeerConfig config) {
    PeerWorkspace workspace = PeerWorkspace.create("prosody", config.logDirectory());
    try {
      Path log = workspace.logFile("prosody.log");
      Path console = workspace.logFile("prosody.out");
      Path configFile =
          workspace.write(
              "prosody.cfg.lua",
              ProsodyConfigFile.render(
                  config, workspace.mkdir("data"), workspace.mkdir("empty"), log));
      config
          .dnsServer()
          .filter(dns -> !hasLuaUnbound())
          .ifPresent(
              dns ->
                  PrivateResolvConf.requireStandardPort(
                      dns, "Prosody without lua-unbound reads /etc/resolv.conf"));
      String resolvConf =
          config
              .dnsServer()
              .map(dns -> workspace.write("resolv.conf", PrivateResolvConf.content(dns)))
              .map(Path::toString)
              .orElse("");
      List<String> command =
          PrivateResolvConf.wrap(
              config.dnsServer(),
              resolvConf,
              List.of("prosody", "--config", configFile.toString(), "-F"));
      PeerProcess process =
          PeerProcess.start("prosody", command, Map.of(), workspace.directory(), console);
      ProsodyPeer peer = new ProsodyPeer(config, workspace, configFile, log, console, process);
      try {
        process.awaitListening(
            List.of(config.c2sAddress(), config.s2sAddress()),
            config.startTimeout(),
            () -> peer.logTail(40));
      } catch (RuntimeException e) {
        peer.close();
        throw e;
      }
      LOG.log(
          System.Logger.Level.INFO,
          "Prosody for {0} ({1}) on {2}, logs in {3}",
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
    return "Prosody " + Tools.packageVersion("prosody");
  }

  /**
   * Adds the account with {@code prosodyctl register}, which writes the account file Prosody's
   * {@code internal_plain} provider reads on every login, so it works while the server runs.
   */
  @Override
  public BareJid register(String localpart, String password) {
    BareJid jid = BareJid.of(localpart, config.domain().domain());
    Tools.run(
        List.of(
            "prosodyctl",
            "--config",
            configFile.toString(),
            "register",
            localpart,
            config.domain().domain(),
            password));
    return jid;
  }

  @Override
  public Path logFile() {
    return log;
  }

  @Override
  public List<Path> logFiles() {
    return List.of(log, console);
  }

  @Override
  public String logTail(int lines) {
    return PeerWorkspace.tail(logFiles(), lines);
  }

  @Override
  public Path directory() {
    return workspace.directory();
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    PeerProcess.forgetOnJvmExit(exitHook);
    try {
      process.stop();
    } finally {
      workspace.close();
    }
  }

  /** Whether Prosody will resolve through libunbound (Debian: lua5.4-unbound, a Recommends). */
  static boolean hasLuaUnbound() {
    return Tools.succeeds(List.of("lua5.4", "-e", "require 'lunbound'"));
  }
}
