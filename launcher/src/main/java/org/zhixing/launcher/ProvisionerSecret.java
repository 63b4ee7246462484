package org.zhixing.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The secret of the realm's {@code zhixing-provisioner} client, with which the application manages the learners'
 * Keycloak accounts. Keycloak keeps the realm it imported on the first start, so the secret must stay the same from
 * one start to the next: it is made once and kept in the data folder, readable by the owner only. WildFly gets it as
 * the system property {@value #PROPERTY}.
 */
public final class ProvisionerSecret {

    public static final String PROPERTY = "zhixing.keycloak.provisioner-secret";

    private ProvisionerSecret() {
    }

    /** The secret kept in {@code file}, made there first when the file does not exist. */
    public static String keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
                Files.createFile(file, ownerOnly);
                Files.writeString(file, random() + System.lineSeparator());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether Keycloak lets the client log in with this secret. It does not when the realm was imported before the
     * client existed (a data folder older than learner accounts), or with another secret.
     */
    public static boolean accepted(String keycloakUrl, String secret) {
        String form = "grant_type=client_credentials&client_id=zhixing-provisioner&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + KeycloakServer.REALM
                        + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A fresh secret, for a realm that lives as long as one run (tests, benchmarks). */
    public static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
