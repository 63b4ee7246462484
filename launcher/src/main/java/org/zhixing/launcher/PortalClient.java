package org.zhixing.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Points the realm's {@code zhixing-portal} client at the portal's current port through Keycloak's admin API.
 *
 * <p>The realm is imported only when it is missing, so after {@code ZHIXING_HTTP_PORT} changes between runs the
 * client would still carry the first run's redirect URIs and web origins, and Keycloak would refuse every login.
 */
final class PortalClient {

    static final String CLIENT_ID = "zhixing-portal";

    static final String ADDRESSES = """
            {"rootUrl": "@PORTAL_URL@", "baseUrl": "@PORTAL_URL@/",
             "redirectUris": ["@PORTAL_URL@/*", "@PORTAL_URL_IP@/*"],
             "webOrigins": ["@PORTAL_URL@", "@PORTAL_URL_IP@"],
             "attributes": {"post.logout.redirect.uris": "@PORTAL_URL@/*##@PORTAL_URL_IP@/*"}}""";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** The first "id" of the answer to {@code clients?clientId=…} is the client's own (its mappers' ids follow). */
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private PortalClient() {
    }

    /** Updates only the client's addresses (a partial representation leaves everything else as it is). */
    static void pointTo(String keycloakUrl, int portalPort, String adminUser, String adminPassword) {
        String token = adminToken(keycloakUrl, adminUser, adminPassword);
        String clients = "%s/admin/realms/%s/clients".formatted(keycloakUrl, KeycloakServer.REALM);
        var lookup = send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT_ID))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .build());
        var id = FIRST_ID.matcher(lookup.body());
        if (lookup.statusCode() != 200 || !id.find()) {
            throw new LaunchException("the realm has no client %s (HTTP %d)".formatted(CLIENT_ID, lookup.statusCode()));
        }
        var update = HttpRequest.newBuilder(URI.create(clients + "/" + id.group(1)))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(RealmTemplate.render(ADDRESSES, portalPort)))
                .build();
        int status = send(update).statusCode();
        if (status != 204) {
            throw new LaunchException("Keycloak answered %d to the update of client %s".formatted(status, CLIENT_ID));
        }
    }

    private static String adminToken(String keycloakUrl, String user, String password) {
        String form = "grant_type=password&client_id=admin-cli&username=%s&password=%s".formatted(
                URLEncoder.encode(user, StandardCharsets.UTF_8), URLEncoder.encode(password, StandardCharsets.UTF_8));
        var login = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        var response = send(login);
        var token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new LaunchException("the admin login '%s' was refused (HTTP %d)".formatted(user, response.statusCode()));
        }
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException("cannot reach Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while talking to Keycloak");
        }
    }
}
