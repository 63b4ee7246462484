package org.zhixing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.zhixing.launcher.DatabaseLogin;
import org.zhixing.launcher.EmbeddedDatabase;
import org.zhixing.launcher.KeycloakServer;
import org.zhixing.launcher.ProvisionerSecret;
import org.zhixing.launcher.WildFlyServer;

/**
 * PostgreSQL, Keycloak and WildFly as {@code ./zhixing run} starts them, but in a scratch folder and on free loopback
 * ports, and each one stoppable on its own: the benchmark stops WildFly to load the database behind its back, and
 * stops all of them before it opens the index in-process. {@link #close()} stops whatever still runs.
 */
final class Servers implements AutoCloseable {

  static final String APP_DB = "zhixing";
  private static final String KEYCLOAK_DB = "keycloak";

  private final Path home;
  private final Path work;
  private final int dbPort;
  private final int keycloakPort;
  private final int keycloakManagementPort;
  private final int httpPort;
  private final int httpsPort;
  private final int managementPort;
  private final String provisionerSecret = ProvisionerSecret.random();
  private final AtomicReference<EmbeddedDatabase> database = new AtomicReference<>();
  private final AtomicReference<KeycloakServer> keycloak = new AtomicReference<>();
  private final AtomicReference<WildFlyServer> wildfly = new AtomicReference<>();

  /** What a benchmark measures with its servers; answers what it found. */
  interface Measurement<T> {
    T with(Servers servers) throws Exception;
  }

  /** A measurement that prints what it found itself. */
  interface Run {
    void with(Servers servers) throws Exception;
  }

  /** {@link #measure} for a measurement that answers nothing. */
  static void run(Path home, Path work, Run run) throws Exception {
    measure(home, work, servers -> {
      run.with(servers);
      return null;
    });
  }

  /**
   * Runs a measurement in a fresh work folder with servers that it starts as it needs them; whatever runs is
   * stopped at the end, and also when the JVM is stopped (Ctrl-C) during the measurement.
   */
  static <T> T measure(Path home, Path work, Measurement<T> measurement) throws Exception {
    Progress.freshDirectory(work);
    var servers = new Servers(home, work);
    var hook = Thread.ofPlatform().unstarted(servers::close);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return measurement.with(servers);
    } finally {
      servers.close();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  Servers(Path home, Path work) {
    this.home = home;
    this.work = work;
    var taken = new HashSet<Integer>();
    this.dbPort = freePort(taken);
    this.keycloakPort = freePort(taken);
    this.keycloakManagementPort = freePort(taken);
    this.httpPort = freePort(taken);
    this.httpsPort = freePort(taken);
    this.managementPort = freePort(taken);
  }

  /** Starts PostgreSQL, Keycloak and WildFly (with the EAR and the demo content) and says how long that took. */
  void startAll(Progress progress) {
    long step = System.nanoTime();
    startDatabase();
    startKeycloak();
    startWildFly();
    progress.say("PostgreSQL, Keycloak and WildFly ready (%s)", Progress.since(step));
  }

  /** A meter of this process and the embedded PostgreSQL, the processes a benchmark counts as its own. */
  CpuMeter cpuMeter() {
    return new CpuMeter(() -> {
      var roots = new ArrayList<ProcessHandle>();
      roots.add(ProcessHandle.current());
      postgres().ifPresent(roots::add);
      return roots;
    });
  }

  void startDatabase() {
    var started = EmbeddedDatabase.start(work.resolve("postgres"), dbPort);
    database.set(started);
    started.ensureDatabase(APP_DB, APP_DB, APP_DB);
    started.ensureDatabase(KEYCLOAK_DB, KEYCLOAK_DB, KEYCLOAK_DB);
  }

  void startKeycloak() {
    var started = KeycloakServer.start(new KeycloakServer.Config(
        home.resolve("server/target/keycloak"), keycloakPort, keycloakManagementPort, httpPort,
        new DatabaseLogin(jdbcUrl(KEYCLOAK_DB), KEYCLOAK_DB, KEYCLOAK_DB), work.resolve("logs/keycloak.log"),
        provisionerSecret));
    keycloak.set(started);
    started.awaitReady(Duration.ofMinutes(5));
  }

  /** Starts WildFly with the EAR and the demo content on, and waits until the API answers. */
  void startWildFly() {
    startWildFly(Map.of());
  }

  /** The same, with these application settings (system properties such as {@code zhixing.search.cached-results}). */
  void startWildFly(Map<String, String> settings) {
    var started = WildFlyServer.start(new WildFlyServer.Config(
        home.resolve("server/target/wildfly"), wildflyBaseDir(), home.resolve("ear/target/zhixing.ear"), "127.0.0.1",
        httpPort, httpsPort, managementPort, appLogin(), keycloakUrl(), true, work.resolve("logs/wildfly.log"),
        withProvisionerSecret(settings)));
    wildfly.set(started);
    started.awaitReady(Duration.ofMinutes(5));
    awaitTranscodes(Duration.ofMinutes(5));
  }

  /**
   * A fresh start queues the demo videos for their HLS ladders, and ffmpeg then takes a core for a minute or so:
   * measuring before that is done measured ffmpeg as much as the system (the progress benchmark's figures moved by
   * a third from run to run).
   */
  private void awaitTranscodes(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    try (Connection db = DriverManager.getConnection(jdbcUrl(), APP_DB, APP_DB);
        PreparedStatement pending = db.prepareStatement(
            "select count(*) from transcode_job where status in ('QUEUED', 'RUNNING')")) {
      while (count(pending) > 0) {
        if (System.nanoTime() > deadline) {
          throw new BenchmarkFailure("the demo videos were still being transcoded after " + limit);
        }
        Thread.sleep(500);
      }
    } catch (SQLException e) {
      throw new BenchmarkFailure("could not read the transcode queue: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkFailure("interrupted");
    }
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private Map<String, String> withProvisionerSecret(Map<String, String> settings) {
    var all = new HashMap<>(settings);
    all.put(ProvisionerSecret.PROPERTY, provisionerSecret);
    return all;
  }

  /** The secret of the realm's {@code zhixing-provisioner} client, for benchmarks that call the admin API. */
  String provisionerSecret() {
    return provisionerSecret;
  }

  /** Whether WildFly was started and has stopped by itself since. */
  boolean wildflyDied() {
    var running = wildfly.get();
    return running != null && running.exited().isDone();
  }

  void stopWildFly() {
    stop(wildfly);
  }

  void stopKeycloak() {
    stop(keycloak);
  }

  void stopDatabase() {
    stop(database);
  }

  /**
   * Stops what still runs, WildFly first (it uses the other two), and tries all three even if one fails. Also the
   * shutdown hook's job on Ctrl-C, possibly while the main thread is still starting a server.
   */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (var server : List.of(wildfly, keycloak, database)) {
      try {
        stop(server);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void stop(AtomicReference<? extends AutoCloseable> server) {
    AutoCloseable running = server.getAndSet(null);
    if (running == null) {
      return;
    }
    try {
      running.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  DatabaseLogin appLogin() {
    return new DatabaseLogin(jdbcUrl(), APP_DB, APP_DB);
  }

  String jdbcUrl() {
    return jdbcUrl(APP_DB);
  }

  private String jdbcUrl(String name) {
    return "jdbc:postgresql://localhost:%d/%s".formatted(dbPort, name);
  }

  /** Keycloak's base URL; tokens are issued for this host name, so it is {@code localhost}. */
  String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  String apiUrl() {
    return "http://localhost:%d/api".formatted(httpPort);
  }

  String tokenUrl() {
    return keycloakUrl() + "/realms/%s/protocol/openid-connect/token".formatted(KeycloakServer.REALM);
  }

  /** The PostgreSQL server process (pg_ctl detaches it from this JVM), while it runs. */
  Optional<ProcessHandle> postgres() {
    try (var lines = Files.lines(work.resolve("postgres/pgdata/postmaster.pid"))) {
      return lines.findFirst().map(String::strip).map(Long::parseLong).flatMap(ProcessHandle::of);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  Path wildflyBaseDir() {
    return work.resolve("wildfly");
  }

  Path serverLog() {
    return wildflyBaseDir().resolve("log/server.log");
  }

  /**
   * Where the application keeps its policy index: the launcher passes no {@code zhixing.index.dir}, so it is under
   * WildFly's data folder.
   */
  Path indexDir() {
    return wildflyBaseDir().resolve("data/zhixing-index/policy");
  }

  private static int freePort(Set<Integer> taken) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        if (taken.add(socket.getLocalPort())) {
          return socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no free loopback port");
  }
}
