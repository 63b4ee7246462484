package org.zhixing.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) on {@code 127.0.0.1}, with its data in PostgreSQL and the
 * {@code zhixing} realm imported on the first start (later starts keep the realm as it is in the database).
 *
 * <p>Tokens are issued for {@code http://localhost:<port>}, so clients must use that host name (the issuer is
 * compared as a string). The admin console user is taken from {@code KC_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code KC_BOOTSTRAP_ADMIN_PASSWORD} when set, else {@code admin}/{@code admin}; Keycloak creates it only while the
 * master realm has no admin.
 *
 * <p>Instances sharing a Keycloak home start one after the other ({@link StartLock}): they all read the realm from
 * {@code <home>/data/import}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "zhixing";
    public static final String DEFAULT_ADMIN = "admin";

    private static final Duration REALM_GRACE = Duration.ofSeconds(15);
    private static final Duration START_LOCK_TIMEOUT = Duration.ofMinutes(5);

    /**
     * @param home           the unpacked Keycloak ({@code server/target/keycloak})
     * @param port           HTTP port, bound on 127.0.0.1
     * @param managementPort health endpoints ({@code /health/ready}), bound on 127.0.0.1
     * @param portalPort     the port of the portal, for the redirect URIs of the {@code zhixing-portal} client
     * @param database       Keycloak's own database
     * @param log            where Keycloak's output goes
     * @param provisionerSecret the secret of the {@code zhixing-provisioner} client (see {@link ProvisionerSecret}),
     *                       written into the realm when it is imported
     */
    public record Config(Path home, int port, int managementPort, int portalPort, DatabaseLogin database, Path log,
            String provisionerSecret) {
    }

    private final Config config;
    private final ChildProcess process;
    private final StartLock startLock;

    private KeycloakServer(Config config, ChildProcess process, StartLock startLock) {
        this.config = config;
        this.process = process;
        this.startLock = startLock;
    }

    /**
     * Writes the realm into {@code <home>/data/import} and starts Keycloak; see {@link #awaitReady(Duration)}. Waits
     * first while another instance is starting from the same home.
     */
    public static KeycloakServer start(Config config) {
        Path script = config.home().resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new LaunchException("Keycloak is not built: %s is missing (./mvnw -q -pl server package)".formatted(script));
        }
        var lock = StartLock.acquire(config.home().resolve("data/import/.zhixing-start.lock"), START_LOCK_TIMEOUT);
        try {
            writeRealm(config);
            var process = ChildProcess.start("Keycloak", command(script, config), environment(config), config.log());
            return new KeycloakServer(config, process, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void writeRealm(Config config) {
        Path file = config.home().resolve("data/import/" + RealmTemplate.RESOURCE);
        try {
            Files.writeString(file, RealmTemplate.forPortalPort(config.portalPort(), config.provisionerSecret()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(Path script, Config config) {
        return List.of("bash", script.toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + config.port(),
                "--hostname=http://localhost:" + config.port(),
                "--http-management-port=" + config.managementPort(),
                "--health-enabled=true",
                "--import-realm",
                "--db=postgres",
                "--db-url=" + config.database().url(),
                "--db-username=" + config.database().user());
    }

    private static Map<String, String> environment(Config config) {
        var environment = new HashMap<String, String>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS", null); // kc.sh would use it instead of its own memory settings
        environment.put("KC_DB_PASSWORD", config.database().password()); // not on the command line, where ps shows it
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
        return environment;
    }

    /** The master-realm admin created on the first start: {@code KC_BOOTSTRAP_ADMIN_USERNAME}, else {@code admin}. */
    public static String adminUsername() {
        return System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", DEFAULT_ADMIN);
    }

    /** {@code KC_BOOTSTRAP_ADMIN_PASSWORD}, else {@code admin}. */
    public static String adminPassword() {
        return System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", DEFAULT_ADMIN);
    }

    /** Waits until Keycloak reports ready and serves the {@code zhixing} realm; then the next instance may start. */
    public void awaitReady(Duration timeout) {
        var health = URI.create("http://127.0.0.1:%d/health/ready".formatted(config.managementPort()));
        var realm = URI.create("http://127.0.0.1:%d/realms/%s/.well-known/openid-configuration"
                .formatted(config.port(), REALM));
        long[] healthySince = {0};
        try (startLock) {
            process.awaitReady(timeout, () -> {
                if (HttpProbe.status(health) != 200) {
                    return false;
                }
                int status = HttpProbe.status(realm);
                if (status == 200) {
                    return true;
                }
                if (healthySince[0] == 0) {
                    healthySince[0] = System.nanoTime();
                } else if (System.nanoTime() - healthySince[0] > REALM_GRACE.toNanos()) {
                    throw new LaunchException("Keycloak is up but does not serve the realm '%s' (HTTP %d); see %s"
                            .formatted(REALM, status, process.log()));
                }
                return false;
            });
        }
    }

    /** The base URL, e.g. {@code http://localhost:8180}. */
    public String url() {
        return "http://localhost:" + config.port();
    }

    /** The issuer of the realm's tokens, e.g. {@code http://localhost:8180/realms/zhixing}. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** Completes with Keycloak's exit code when it stops. */
    public CompletableFuture<Integer> exited() {
        return process.exited();
    }

    public Path log() {
        return process.log();
    }

    /** Stops Keycloak: SIGTERM, up to 30 s to finish, then SIGKILL. */
    @Override
    public void close() {
        try (startLock) {
            process.stop(Duration.ofSeconds(30));
        }
    }
}
