package org.zhixing.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code ./zhixing run} starts where, read from {@code ZHIXING_*} environment variables (see the launcher README
 * for the table). WildFly's HTTPS and management ports and Keycloak's management port follow from the main ports, so
 * that the defaults are the servers' usual ones (8443, 9990, 9000) and two instances never share a port.
 *
 * @param home                     the repository root: where {@code server/target} and {@code ear/target} are
 * @param embeddedAppDatabase      whether the application's database is in the embedded PostgreSQL
 * @param embeddedKeycloakDatabase whether Keycloak's database is in the embedded PostgreSQL
 */
public record Settings(Path home, Path data, String bind, int httpPort, int keycloakPort, int dbPort, Path ear,
        DatabaseLogin appDatabase, boolean embeddedAppDatabase,
        DatabaseLogin keycloakDatabase, boolean embeddedKeycloakDatabase) {

    public static final int HTTPS_OFFSET = 363;
    public static final int MANAGEMENT_OFFSET = 1910;
    public static final int KEYCLOAK_MANAGEMENT_OFFSET = 820;

    private static final Pattern DATABASE_NAME = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    /** Reads the settings; relative paths are taken from the working directory, the defaults from {@code home}. */
    public static Settings fromEnvironment(Map<String, String> env, Path home) {
        int httpPort = port(env, "ZHIXING_HTTP_PORT", 8080, MANAGEMENT_OFFSET);
        int keycloakPort = port(env, "ZHIXING_KEYCLOAK_PORT", 8180, KEYCLOAK_MANAGEMENT_OFFSET);
        int dbPort = port(env, "ZHIXING_DB_PORT", 15432, 0);
        Path data = path(env, "ZHIXING_DATA", home.resolve("var"));
        Path ear = path(env, "ZHIXING_EAR", home.resolve("ear/target/zhixing.ear"));
        String bind = value(env, "ZHIXING_BIND", "127.0.0.1");

        String appUrl = value(env, "ZHIXING_DB_URL", null);
        boolean embeddedApp = appUrl == null;
        var app = new DatabaseLogin(
                embeddedApp ? embeddedUrl(dbPort, "zhixing") : appUrl,
                value(env, "ZHIXING_DB_USER", "zhixing"),
                value(env, "ZHIXING_DB_PASSWORD", "zhixing"));

        String keycloakUrl = value(env, "ZHIXING_KEYCLOAK_DB_URL", null);
        boolean embeddedKeycloak = keycloakUrl == null && embeddedApp;
        if (keycloakUrl == null) {
            keycloakUrl = embeddedKeycloak ? embeddedUrl(dbPort, "keycloak") : sameServer(appUrl, "keycloak");
        }
        var keycloak = new DatabaseLogin(keycloakUrl,
                value(env, "ZHIXING_KEYCLOAK_DB_USER", embeddedKeycloak ? "keycloak" : app.user()),
                value(env, "ZHIXING_KEYCLOAK_DB_PASSWORD", embeddedKeycloak ? "keycloak" : app.password()));

        return new Settings(home, data, bind, httpPort, keycloakPort, dbPort, ear, app, embeddedApp, keycloak,
                embeddedKeycloak);
    }

    /** The URL of another database on the server of {@code jdbcUrl}, keeping host, port and parameters. */
    static String sameServer(String jdbcUrl, String database) {
        var matcher = DATABASE_NAME.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new LaunchException("cannot tell Keycloak's database from ZHIXING_DB_URL=%s; set ZHIXING_KEYCLOAK_DB_URL"
                    .formatted(jdbcUrl));
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    public boolean usesEmbeddedDatabase() {
        return embeddedAppDatabase || embeddedKeycloakDatabase;
    }

    public int httpsPort() {
        return httpPort + HTTPS_OFFSET;
    }

    public int managementPort() {
        return httpPort + MANAGEMENT_OFFSET;
    }

    public int keycloakManagementPort() {
        return keycloakPort + KEYCLOAK_MANAGEMENT_OFFSET;
    }

    public Path pidFile() {
        return data.resolve("zhixing.pid");
    }

    public Path logs() {
        return data.resolve("logs");
    }

    /** Every port {@code run} will listen on, with the variable that moves it. */
    public List<PortUse> ports() {
        var ports = new ArrayList<PortUse>();
        ports.add(new PortUse(httpPort, bind, "the portal", "ZHIXING_HTTP_PORT", 0));
        ports.add(new PortUse(httpsPort(), bind, "WildFly's HTTPS", "ZHIXING_HTTP_PORT", HTTPS_OFFSET));
        ports.add(new PortUse(managementPort(), bind, "WildFly's management", "ZHIXING_HTTP_PORT", MANAGEMENT_OFFSET));
        ports.add(new PortUse(keycloakPort, "127.0.0.1", "Keycloak", "ZHIXING_KEYCLOAK_PORT", 0));
        ports.add(new PortUse(keycloakManagementPort(), "127.0.0.1", "Keycloak's health checks", "ZHIXING_KEYCLOAK_PORT",
                KEYCLOAK_MANAGEMENT_OFFSET));
        if (usesEmbeddedDatabase()) {
            ports.add(new PortUse(dbPort, "127.0.0.1", "PostgreSQL", "ZHIXING_DB_PORT", 0));
        }
        return ports;
    }

    private static String embeddedUrl(int port, String database) {
        return "jdbc:postgresql://localhost:%d/%s".formatted(port, database);
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static Path path(Map<String, String> env, String name, Path fallback) {
        String value = value(env, name, null);
        return (value == null ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }

    /** A port number, leaving room for the ports derived from it ({@code headroom} above it). */
    private static int port(Map<String, String> env, String name, int fallback, int headroom) {
        String value = value(env, name, null);
        if (value == null) {
            return fallback;
        }
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port + headroom > 65535) {
            throw new LaunchException("%s must be a port number from 1 to %d, not '%s'"
                    .formatted(name, 65535 - headroom, value));
        }
        return port;
    }
}
