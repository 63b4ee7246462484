package org.zhixing.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code ./zhixing run}: starts PostgreSQL, Keycloak and WildFly in that order, each once the one before is ready,
 * prints where everything is, and on Ctrl-C or SIGTERM (a shutdown hook) stops them in reverse order.
 */
final class Launcher {

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration WILDFLY_TIMEOUT = Duration.ofMinutes(5);

    private final Settings settings;
    private volatile boolean stopping;
    private volatile EmbeddedDatabase database;
    private volatile KeycloakServer keycloak;
    private volatile WildFlyServer wildfly;

    Launcher(Settings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns only when the system stops. */
    void run() {
        PidFile.runningLauncher(settings.pidFile()).ifPresent(running -> {
            throw new LaunchException("already running on %s (pid %d); stop it with ./zhixing stop"
                    .formatted(settings.data(), running.pid()));
        });
        requireBuilt(wildflyHome().resolve("bin/standalone.sh"));
        requireBuilt(keycloakHome().resolve("bin/kc.sh"));
        requireBuilt(settings.ear());
        PortCheck.firstProblem(settings.ports()).ifPresent(problem -> {
            throw new LaunchException(problem);
        });
        PidFile.write(settings.pidFile());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "zhixing-stop"));
        try {
            startAll();
        } catch (LaunchException e) {
            if (stopping) {
                return; // Ctrl-C while starting: the shutdown hook stops what did start
            }
            throw e;
        }
        String why = (String) CompletableFuture.anyOf(
                wildfly.exited().thenApply(code -> "WildFly stopped unexpectedly (exit code %d); see %s"
                        .formatted(code, wildfly.serverLog())),
                keycloak.exited().thenApply(code -> "Keycloak stopped unexpectedly (exit code %d); see %s"
                        .formatted(code, keycloak.log())))
                .join();
        if (!stopping) {
            throw new LaunchException(why);
        }
    }

    private void startAll() {
        long start = System.nanoTime();
        say("data in %s", settings.data());
        if (settings.usesEmbeddedDatabase()) {
            long step = System.nanoTime();
            database = EmbeddedDatabase.start(settings.data().resolve("postgres"), settings.dbPort());
            if (settings.embeddedAppDatabase()) {
                database.ensureDatabase("zhixing", settings.appDatabase().user(), settings.appDatabase().password());
            }
            if (settings.embeddedKeycloakDatabase()) {
                database.ensureDatabase("keycloak", settings.keycloakDatabase().user(), settings.keycloakDatabase().password());
            }
            say("PostgreSQL ready on localhost:%d (%s)", settings.dbPort(), since(step));
        }

        long step = System.nanoTime();
        String provisionerSecret = ProvisionerSecret.keptIn(settings.data().resolve("provisioner-secret"));
        keycloak = KeycloakServer.start(new KeycloakServer.Config(keycloakHome(), settings.keycloakPort(),
                settings.keycloakManagementPort(), settings.httpPort(), settings.keycloakDatabase(),
                settings.logs().resolve("keycloak.log"), provisionerSecret));
        keycloak.awaitReady(KEYCLOAK_TIMEOUT);
        followPortalPort();
        if (!ProvisionerSecret.accepted(keycloak.url(), provisionerSecret)) {
            System.err.printf("zhixing: warning: Keycloak refuses the client zhixing-provisioner, so learner accounts"
                    + " cannot be made: the realm in %s predates them; delete that folder to start afresh, or add the"
                    + " client by hand (docs/accounts.md)%n", settings.data());
        }
        say("Keycloak ready at %s (%s)", keycloak.url(), since(step));

        step = System.nanoTime();
        wildfly = WildFlyServer.start(new WildFlyServer.Config(wildflyHome(), settings.data().resolve("wildfly"),
                settings.ear(), settings.bind(), settings.httpPort(), settings.httpsPort(), settings.managementPort(),
                settings.appDatabase(), keycloak.url(), true, settings.logs().resolve("wildfly.log"),
                // the demo season: plans with a season of learning, so the coverage dashboard has patterns at once
                Map.of(ProvisionerSecret.PROPERTY, provisionerSecret, "zhixing.content.demo-season", "true")));
        wildfly.awaitReady(WILDFLY_TIMEOUT);
        say("WildFly ready at %s (%s)", wildfly.url(), since(step));

        printSummary(since(start));
    }

    /**
     * The realm keeps the portal port of the run that imported it; {@code <data>/portal-port} remembers which that
     * is, and when {@code ZHIXING_HTTP_PORT} has changed since, the portal client is pointed at the new port.
     */
    private void followPortalPort() {
        Path marker = settings.data().resolve("portal-port");
        String port = Integer.toString(settings.httpPort());
        try {
            String recorded = Files.exists(marker) ? Files.readString(marker).strip() : port;
            if (!recorded.equals(port)) {
                PortalClient.pointTo(keycloak.url(), settings.httpPort(),
                        KeycloakServer.adminUsername(), KeycloakServer.adminPassword());
                say("the portal client now redirects to port %s (was %s)", port, recorded);
            }
            Files.writeString(marker, port + System.lineSeparator());
        } catch (LaunchException e) {
            System.err.printf("zhixing: warning: the portal moved to port %s but its Keycloak client still points elsewhere: %s;"
                    + " fix the client zhixing-portal in the admin console, or logins will fail%n", port, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printSummary(String elapsed) {
        String admin = System.getenv("KC_BOOTSTRAP_ADMIN_USERNAME") == null
                ? KeycloakServer.DEFAULT_ADMIN + " / " + KeycloakServer.DEFAULT_ADMIN
                : KeycloakServer.adminUsername() + " / $KC_BOOTSTRAP_ADMIN_PASSWORD";
        var out = System.out;
        out.println();
        out.printf("知行 Zhixing is running (ready in %s)%n", elapsed);
        out.printf("  portal     %s/%n", wildfly.url());
        out.printf("  Keycloak   %s/  (admin console: %s)%n", keycloak.url(), admin);
        out.printf("  logs       %s  and  %s%n", settings.logs(), wildfly.serverLog());
        out.println();
        out.printf("  demo accounts (password %s):%n", DemoAccount.PASSWORD);
        for (DemoAccount account : DemoAccount.ALL) {
            out.printf("    %-15s %-10s %s  %s%n", account.username(), account.role(), account.orgUnit(), account.description());
        }
        out.println();
        out.println("  stop with Ctrl-C or ./zhixing stop");
    }

    /** The shutdown hook: WildFly first (it uses the other two), then Keycloak, then PostgreSQL. */
    private synchronized void stopAll() {
        stopping = true;
        stop("WildFly", wildfly);
        stop("Keycloak", keycloak);
        stop("PostgreSQL", database);
        PidFile.delete(settings.pidFile());
    }

    private static void stop(String name, AutoCloseable server) {
        if (server == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            server.close();
            say("%s stopped (%s)", name, since(start));
        } catch (Exception e) {
            System.err.printf("zhixing: stopping %s failed: %s%n", name, e);
        }
    }

    private Path wildflyHome() {
        return settings.home().resolve("server/target/wildfly");
    }

    private Path keycloakHome() {
        return settings.home().resolve("server/target/keycloak");
    }

    private static void requireBuilt(Path file) {
        if (!Files.exists(file)) {
            throw new LaunchException("%s is missing: build first (./mvnw -q -DskipTests install)".formatted(file));
        }
    }

    private static String since(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void say(String format, Object... arguments) {
        System.out.printf("zhixing: " + format + "%n", arguments);
    }
}
