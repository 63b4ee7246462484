package org.zhixing.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.zhixing.launcher.KeycloakServer;

/**
 * Logins against the test Keycloak as a person would make them (password grant on {@code zhixing-cli}), with the
 * answer kept whole so that a test can check why a login was refused; and the master realm's admin for what only
 * Keycloak's own admin may do (complete a required action, as the login form would).
 */
final class KeycloakLogins {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private KeycloakLogins() {}

  /** A login's answer: 200 with tokens, or 400/401 with {@code error_description}. */
  record Login(int status, JsonObject body) {

    String refusal() {
      return body.getString("error_description", body.getString("error", ""));
    }

    /** The access token's claims. */
    JsonObject claims() {
      String payload = body.getString("access_token").split("\\.")[1];
      return read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
  }

  static Login login(String username, String password) {
    return tokenRequest("zhixing", "zhixing-cli", username, password);
  }

  /** Clears the user's required actions through the admin API, as completing them in the login form would. */
  static void completeRequiredActions(String username) {
    String admin = tokenRequest("master", "admin-cli", KeycloakServer.adminUsername(), KeycloakServer.adminPassword())
        .body().getString("access_token");
    String users = ZhixingTestEnvironment.current().keycloakUrl() + "/admin/realms/zhixing/users";
    var found = Json.createReader(new StringReader(send(HttpRequest.newBuilder(
            URI.create(users + "?exact=true&username=" + encode(username)))
        .header("Authorization", "Bearer " + admin).GET()).body())).readArray();
    JsonObject user = found.getJsonObject(0);
    JsonObject completed = Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder()).build();
    var update = send(HttpRequest.newBuilder(URI.create(users + "/" + user.getString("id")))
        .header("Authorization", "Bearer " + admin)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(completed.toString())));
    if (update.statusCode() != 204) {
      throw new IllegalStateException("Keycloak refused to clear the required actions: " + update.body());
    }
  }

  private static Login tokenRequest(String realm, String client, String username, String password) {
    String form = "grant_type=password&client_id=%s&username=%s&password=%s"
        .formatted(client, encode(username), encode(password));
    var response = send(HttpRequest.newBuilder(URI.create(
            ZhixingTestEnvironment.current().keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    return new Login(response.statusCode(), read(response.body()));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
