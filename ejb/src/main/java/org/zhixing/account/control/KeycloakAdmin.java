package org.zhixing.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The few calls of Keycloak's admin REST API that accounts need, made with the JDK's HTTP client as the realm's
 * {@code zhixing-provisioner} service account (client credentials; its secret is {@code
 * zhixing.keycloak.provisioner-secret}). Not Keycloak's admin client library: it brings its own RESTEasy client, which
 * clashes with the one inside WildFly, and eight plain requests do not need it.
 */
@ApplicationScoped
public class KeycloakAdmin {

  static final String REALM = "zhixing";
  static final String CLIENT_ID = "zhixing-provisioner";
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private HttpClient http;
  private String baseUrl;
  private String secret;
  private Token token;
  private JsonObject learnerRole;

  private record Token(String value, Instant expires) {}

  @PostConstruct
  void configure() {
    baseUrl = System.getProperty("zhixing.keycloak.url", "http://localhost:8180");
    secret = System.getProperty("zhixing.keycloak.provisioner-secret");
    http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Creates the user; empty when one with this username exists already. */
  public Optional<String> create(JsonObject user) {
    HttpResponse<String> response = send(admin("/users").POST(json(user)), 201, 409);
    if (response.statusCode() == 409) {
      return Optional.empty();
    }
    String location = response.headers().firstValue("Location")
        .orElseThrow(() -> new KeycloakUnavailableException("no user id", "no Location in the answer to a new user"));
    return Optional.of(location.substring(location.lastIndexOf('/') + 1));
  }

  public Optional<String> idOf(String username) {
    String query = "/users?exact=true&briefRepresentation=true&username="
        + URLEncoder.encode(username, StandardCharsets.UTF_8);
    JsonArray found = (JsonArray) parse(send(admin(query).GET(), 200).body());
    return found.stream().map(JsonValue::asJsonObject).map(u -> u.getString("id")).findFirst();
  }

  public Optional<JsonObject> user(String id) {
    HttpResponse<String> response = send(admin("/users/" + id).GET(), 200, 404);
    return response.statusCode() == 404 ? Optional.empty() : Optional.of((JsonObject) parse(response.body()));
  }

  /** Replaces the user's profile and state; false when the user no longer exists. */
  public boolean update(String id, JsonObject user) {
    return send(admin("/users/" + id).PUT(json(user)), 204, 404).statusCode() == 204;
  }

  /** Gives the user the realm role LEARNER (again: Keycloak ignores a mapping it has). */
  public void grantLearner(String id) {
    JsonArray roles = Json.createArrayBuilder().add(learnerRole(id)).build();
    send(admin("/users/" + id + "/role-mappings/realm").POST(json(roles)), 204);
  }

  /** Sets a password the person must change at the next login. */
  public void resetPassword(String id, String code) {
    JsonObject credential = Json.createObjectBuilder()
        .add("type", "password").add("value", code).add("temporary", true).build();
    send(admin("/users/" + id + "/reset-password").PUT(json(credential)), 204);
  }

  /** Whether brute-force detection has locked the user out for now. */
  public boolean lockedOut(String id) {
    JsonObject status = (JsonObject) parse(send(admin("/attack-detection/brute-force/users/" + id).GET(), 200).body());
    return status.getBoolean("disabled", false);
  }

  /** Clears the user's login failures, which ends a lock-out. */
  public void unlock(String id) {
    send(admin("/attack-detection/brute-force/users/" + id).DELETE(), 204);
  }

  /** LEARNER as a role representation, found once among the roles a user may be given. */
  private synchronized JsonObject learnerRole(String anyUserId) {
    if (learnerRole == null) {
      String path = "/users/" + anyUserId + "/role-mappings/realm/available";
      JsonArray available = (JsonArray) parse(send(admin(path).GET(), 200).body());
      learnerRole = available.stream().map(JsonValue::asJsonObject)
          .filter(role -> role.getString("name").equals("LEARNER"))
          .findFirst()
          .orElseThrow(() -> new KeycloakUnavailableException("no role LEARNER", "the realm has no role LEARNER"));
    }
    return learnerRole;
  }

  private HttpRequest.Builder admin(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + REALM + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + accessToken());
  }

  private static HttpRequest.BodyPublisher json(JsonStructure body) {
    return HttpRequest.BodyPublishers.ofString(body.toString());
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int... expected) {
    HttpResponse<String> response = exchange(request.header("Content-Type", "application/json").build());
    for (int status : expected) {
      if (response.statusCode() == status) {
        return response;
      }
    }
    if (response.statusCode() == 401) {
      forgetToken();
    }
    throw new KeycloakUnavailableException("HTTP " + response.statusCode(), "%s %s answered %d %s".formatted(
        response.request().method(), response.request().uri().getPath(), response.statusCode(),
        abbreviate(response.body())));
  }

  private synchronized String accessToken() {
    if (token == null || Instant.now().isAfter(token.expires())) {
      token = login();
    }
    return token.value();
  }

  private synchronized void forgetToken() {
    token = null;
  }

  private Token login() {
    if (secret == null || secret.isBlank()) {
      throw new KeycloakUnavailableException("not configured", "zhixing.keycloak.provisioner-secret is not set");
    }
    String form = "grant_type=client_credentials&client_id=%s&client_secret=%s"
        .formatted(CLIENT_ID, URLEncoder.encode(secret, StandardCharsets.UTF_8));
    HttpResponse<String> response = exchange(HttpRequest.newBuilder(
            URI.create(baseUrl + "/realms/" + REALM + "/protocol/openid-connect/token"))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
    if (response.statusCode() != 200) {
      throw new KeycloakUnavailableException("login refused", "the client %s could not log in (HTTP %d %s)"
          .formatted(CLIENT_ID, response.statusCode(), abbreviate(response.body())));
    }
    JsonObject answer = (JsonObject) parse(response.body());
    // renewed half a minute early, so that no request carries a token that expires on the way
    Instant renewal = Instant.now().plusSeconds(answer.getInt("expires_in", 60) - 30L);
    return new Token(answer.getString("access_token"), renewal);
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KeycloakUnavailableException("unreachable", "%s is unreachable (%s)".formatted(baseUrl, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeycloakUnavailableException("interrupted", "interrupted while waiting for " + baseUrl);
    }
  }

  private static JsonStructure parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
