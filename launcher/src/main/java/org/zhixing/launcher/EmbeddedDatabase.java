package org.zhixing.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL (18, from the zonky binaries: nothing to install) that keeps its data on disk, so a second start
 * finds the databases of the first.
 *
 * <p>{@code dataDir} holds {@code pgdata/} (the cluster, created on first start) and {@code postgres.log}. The server
 * listens on localhost only and trusts local connections (zonky runs {@code initdb -A trust}): fine for a demo and for
 * tests, and the reason an external PostgreSQL is used for anything else. It runs as whichever user runs the JVM,
 * root included.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final OrphanGuard guard;

    private EmbeddedDatabase(EmbeddedPostgres postgres, OrphanGuard guard) {
        this.postgres = postgres;
        this.guard = guard;
    }

    /** Starts PostgreSQL on {@code localhost:port}, creating the cluster in {@code dataDir} on the first start. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        var log = dataDir.resolve("postgres.log");
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDir);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("PostgreSQL did not start on port %d: %s; see %s"
                    .formatted(port, e.getMessage(), log), e);
        }
        requireOwnServer(postgres, dataDir.resolve("pgdata"), port);
        return new EmbeddedDatabase(postgres, OrphanGuard.watch("INT", postmasterPid(dataDir.resolve("pgdata"))));
    }

    /**
     * zonky waits for "a server answers on the port", so when the port is taken by another PostgreSQL it reports
     * success although its own postmaster failed. Asking the server for its data directory tells the two apart.
     */
    private static void requireOwnServer(EmbeddedPostgres postgres, Path pgdata, int port) {
        String served;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery("show data_directory")) {
            rows.next();
            served = rows.getString(1);
            if (Path.of(served).toRealPath().equals(pgdata.toRealPath())) {
                return;
            }
        } catch (SQLException | IOException e) {
            served = "unknown: " + e.getMessage();
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // its postmaster never ran: nothing to stop
        }
        throw new LaunchException("port %d is already in use by another PostgreSQL (data directory %s)"
                .formatted(port, served));
    }

    /** pg_ctl daemonizes the postmaster; its pid is the first line of postmaster.pid. SIGINT is a fast shutdown. */
    private static long postmasterPid(Path pgdata) {
        try (var lines = Files.lines(pgdata.resolve("postmaster.pid"))) {
            return Long.parseLong(lines.findFirst().orElseThrow().strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the login role {@code user} (or resets its password) and the database {@code name} owned by it, unless
     * they exist. Names are plain lower-case SQL identifiers.
     */
    public void ensureDatabase(String name, String user, String password) {
        requireIdentifier(name);
        requireIdentifier(user);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            String verb = exists(connection, "select 1 from pg_roles where rolname = ?", user) ? "alter" : "create";
            statement.execute("%s role %s login password %s".formatted(verb, user, literal(password)));
            if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database %s owner %s encoding 'UTF8'".formatted(name, user));
            }
        } catch (SQLException e) {
            throw new LaunchException("cannot create database %s: %s".formatted(name, e.getMessage()), e);
        }
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), name);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended, committed data is kept). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            guard.disarm();
        }
    }

    private static boolean exists(Connection connection, String query, String parameter) throws SQLException {
        try (var select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new LaunchException("not a plain lower-case SQL identifier: '" + name + "'");
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
