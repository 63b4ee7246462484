package org.zhixing.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The provisioned WildFly ({@code server/target/wildfly}) running the Zhixing EAR, with its own server base directory
 * so that the build's copy stays untouched: the base directory is copied from the build on the first start, its
 * {@code configuration/} is replaced by the build's on every start (data and logs are kept), and the EAR is copied into
 * {@code deployments/} for the deployment scanner.
 *
 * <p>The application's settings are system properties ({@code zhixing.db.*}, {@code zhixing.keycloak.url},
 * {@code zhixing.content.demo}), handed over in a properties file readable only by the owner rather than on the
 * command line, where {@code ps} would show the database password.
 */
public final class WildFlyServer implements AutoCloseable {

    public static final String SERVER_CONFIG = "standalone-zhixing.xml";
    public static final String DEPLOYMENT = "zhixing.ear";

    private static final String JAVA_OPTS = String.join(" ",
            "-Xms64m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true",
            "-Djboss.modules.system.pkgs=org.jboss.byteman",
            "-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8");
    /**
     * WildFly's standalone.conf limits Java deserialization to arrays of 100,000 elements; SmartChineseAnalyzer reads
     * its dictionaries that way with longer arrays, so Chinese search would fail. Same filter, larger arrays.
     */
    static final String SERIAL_FILTER = "maxbytes=67108864;maxdepth=128;maxarray=1000000;maxrefs=300000";
    private static final Duration DEPLOYED_GRACE = Duration.ofSeconds(10);

    /**
     * @param home           the provisioned WildFly ({@code server/target/wildfly})
     * @param baseDir        this instance's {@code jboss.server.base.dir}
     * @param ear            the application to deploy
     * @param bindAddress    address of the public and the management interface
     * @param keycloakUrl    Keycloak's base URL, e.g. {@code http://localhost:8180}; the application adds the realm
     * @param demoContent    whether the application loads the demo content pack into an empty database
     * @param settings       further system properties of the application ({@code zhixing.search.cached-results} …)
     */
    public record Config(Path home, Path baseDir, Path ear, String bindAddress, int httpPort, int httpsPort,
            int managementPort, DatabaseLogin database, String keycloakUrl, boolean demoContent, Path log,
            Map<String, String> settings) {

        public Config {
            settings = Map.copyOf(settings);
        }

        public Config(Path home, Path baseDir, Path ear, String bindAddress, int httpPort, int httpsPort,
                int managementPort, DatabaseLogin database, String keycloakUrl, boolean demoContent, Path log) {
            this(home, baseDir, ear, bindAddress, httpPort, httpsPort, managementPort, database, keycloakUrl,
                    demoContent, log, Map.of());
        }
    }

    private final Config config;
    private final ChildProcess process;

    private WildFlyServer(Config config, ChildProcess process) {
        this.config = config;
        this.process = process;
    }

    /** Prepares the base directory, deploys the EAR and starts WildFly; see {@link #awaitReady(Duration)}. */
    public static WildFlyServer start(Config config) {
        Path script = config.home().resolve("bin/standalone.sh");
        if (!Files.isRegularFile(script)) {
            throw new LaunchException("WildFly is not built: %s is missing (./mvnw -q -pl server package)".formatted(script));
        }
        if (!Files.isRegularFile(config.ear())) {
            throw new LaunchException("%s is missing (./mvnw -q -DskipTests install builds it)".formatted(config.ear()));
        }
        ServerBaseDir.prepare(config.home().resolve("standalone"), config.baseDir(), config.ear(), DEPLOYMENT);
        var command = List.of("bash", script.toString(),
                "-c", SERVER_CONFIG,
                "-Djboss.server.base.dir=" + config.baseDir(),
                "-b", config.bindAddress(),
                "-bmanagement", config.bindAddress(),
                "-Djboss.http.port=" + config.httpPort(),
                "-Djboss.https.port=" + config.httpsPort(),
                "-Djboss.management.http.port=" + config.managementPort(),
                "--properties=" + writeProperties(config).toUri());
        var environment = new HashMap<String, String>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS", JAVA_OPTS);
        environment.put("JDK_SERIAL_FILTER", SERIAL_FILTER);
        environment.put("JBOSS_HOME", null); // standalone.sh finds its own home; another one would only confuse it
        return new WildFlyServer(config, ChildProcess.start("WildFly", command, environment, config.log()));
    }

    private static Path writeProperties(Config config) {
        var properties = new Properties();
        properties.setProperty("zhixing.db.url", config.database().url());
        properties.setProperty("zhixing.db.user", config.database().user());
        properties.setProperty("zhixing.db.password", config.database().password());
        properties.setProperty("zhixing.keycloak.url", config.keycloakUrl());
        properties.setProperty("zhixing.content.demo", Boolean.toString(config.demoContent()));
        properties.putAll(config.settings());
        Path file = config.baseDir().resolve("configuration/zhixing.properties");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            // the byte-stream form escapes non-Latin-1 characters, as Properties.load(InputStream) expects
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                properties.store(out, "written by the Zhixing launcher on every start");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code GET /api/config} answers 200. Fails at once when the deployment scanner marks the EAR as
     * failed, or when the EAR is deployed but the endpoint keeps answering something else.
     */
    public void awaitReady(Duration timeout) {
        var probe = URI.create("http://%s:%d/api/config".formatted(probeHost(), config.httpPort()));
        Path deployments = config.baseDir().resolve("deployments");
        long[] deployedSince = {0};
        process.awaitReady(timeout, () -> {
            Path failed = deployments.resolve(DEPLOYMENT + ".failed");
            if (Files.exists(failed)) {
                throw new LaunchException("%s failed to deploy:%n%s%nsee %s"
                        .formatted(DEPLOYMENT, firstLines(failed), serverLog()));
            }
            int status = HttpProbe.status(probe);
            if (status == 200) {
                return true;
            }
            if (Files.exists(deployments.resolve(DEPLOYMENT + ".deployed"))) {
                if (deployedSince[0] == 0) {
                    deployedSince[0] = System.nanoTime();
                } else if (System.nanoTime() - deployedSince[0] > DEPLOYED_GRACE.toNanos()) {
                    throw new LaunchException("%s is deployed but GET %s answers %d; see %s"
                            .formatted(DEPLOYMENT, probe, status, serverLog()));
                }
            }
            return false;
        });
    }

    private String probeHost() {
        return switch (config.bindAddress()) {
            case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
            default -> config.bindAddress();
        };
    }

    private static String firstLines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.limit(5)
                    .map(line -> "  " + (line.length() > 400 ? line.substring(0, 400) + " …" : line))
                    .collect(Collectors.joining(System.lineSeparator()));
        } catch (IOException e) {
            return "  (cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** The portal's base URL, e.g. {@code http://localhost:8080}. */
    public String url() {
        String host = probeHost().equals("127.0.0.1") ? "localhost" : config.bindAddress();
        return "http://%s:%d".formatted(host, config.httpPort());
    }

    /** WildFly's own log, {@code <baseDir>/log/server.log}. */
    public Path serverLog() {
        return config.baseDir().resolve("log/server.log");
    }

    /** Completes with WildFly's exit code when it stops. */
    public CompletableFuture<Integer> exited() {
        return process.exited();
    }

    /** Kills WildFly without a shutdown (SIGKILL): for tests of what survives a crash. */
    public void kill() {
        process.kill();
    }

    /** Stops WildFly: SIGTERM (a graceful shutdown), up to 60 s to finish, then SIGKILL. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(60));
    }
}
