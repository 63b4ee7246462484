package org.zhixing.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.zhixing.launcher.DatabaseLogin;
import org.zhixing.launcher.EmbeddedDatabase;
import org.zhixing.launcher.KeycloakServer;
import org.zhixing.launcher.ProvisionerSecret;

/**
 * Starts what the server under test needs, once per test run and before the first test class: a fresh embedded
 * PostgreSQL and a real Keycloak with the demo realm, each on a free loopback port, with the same launcher code that
 * {@code ./zhixing run} uses. It then publishes the ports as system properties, which arquillian.xml hands to the
 * WildFly that Arquillian starts. Everything stops when the run ends.
 */
public final class ZhixingTestEnvironment implements TestExecutionListener {

  private static volatile Running current;

  /** The environment of this run; fails if none was started (the tests were not run by the test launcher). */
  public static Running current() {
    if (current == null) {
      throw new IllegalStateException("The test environment was not started");
    }
    return current;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    if (plan.containsTests() && current == null) {
      current = Running.start();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  /** The started servers and where they listen. */
  public record Running(EmbeddedDatabase database, KeycloakServer keycloak, int httpPort) implements AutoCloseable {

    private static final String DB = "zhixing";

    static Running start() {
      Path repo = Path.of(System.getProperty("zhixing.it.repo-dir")).toAbsolutePath().normalize();
      Path work = freshDirectory(Path.of(System.getProperty("zhixing.it.work-dir")));
      int portOffset = freeWildFlyPortOffset();
      int httpPort = 8080 + portOffset;

      String provisionerSecret = ProvisionerSecret.random();
      EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), freePort());
      database.ensureDatabase(DB, DB, DB);
      database.ensureDatabase("keycloak", "keycloak", "keycloak");
      KeycloakServer keycloak =
          KeycloakServer.start(
              new KeycloakServer.Config(
                  repo.resolve("server/target/keycloak"),
                  freePort(),
                  freePort(),
                  httpPort,
                  new DatabaseLogin(database.jdbcUrl("keycloak"), "keycloak", "keycloak"),
                  work.resolve("keycloak.log"),
                  provisionerSecret));
      keycloak.awaitReady(Duration.ofMinutes(3));

      Path baseDir = work.resolve("wildfly");
      copyTree(repo.resolve("server/target/wildfly/standalone"), baseDir);
      System.setProperty("zhixing.it.jboss-home", repo.resolve("server/target/wildfly").toString());
      System.setProperty("zhixing.it.base-dir", baseDir.toString());
      System.setProperty("zhixing.it.port-offset", Integer.toString(portOffset));
      System.setProperty("zhixing.it.management-port", Integer.toString(9990 + portOffset));
      System.setProperty("zhixing.db.url", database.jdbcUrl(DB));
      System.setProperty("zhixing.db.user", DB);
      System.setProperty("zhixing.db.password", DB);
      System.setProperty("zhixing.keycloak.url", keycloak.url());
      System.setProperty(ProvisionerSecret.PROPERTY, provisionerSecret);
      return new Running(database, keycloak, httpPort);
    }

    public String portalUrl() {
      return "http://localhost:" + httpPort;
    }

    public String keycloakUrl() {
      return keycloak.url();
    }

    @Override
    public void close() {
      keycloak.close();
      database.close();
    }

    /** An offset that moves WildFly's HTTP (8080) and management (9990) ports onto free ones. */
    private static int freeWildFlyPortOffset() {
      for (int attempt = 0; attempt < 50; attempt++) {
        int offset = ThreadLocalRandom.current().nextInt(20_000, 40_000);
        if (isFree(8080 + offset) && isFree(9990 + offset) && isFree(8443 + offset) && isFree(9993 + offset)) {
          return offset;
        }
      }
      throw new IllegalStateException("No free port range for WildFly");
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean isFree(int port) {
      try (ServerSocket socket = new ServerSocket(port)) {
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    private static Path freshDirectory(Path dir) {
      try {
        if (Files.exists(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        return Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void copyTree(Path from, Path to) {
      try (Stream<Path> files = Files.walk(from)) {
        for (Path source : (Iterable<Path>) files::iterator) {
          Path target = to.resolve(from.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
