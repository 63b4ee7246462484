package org.zhixing.it;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak, through the demo realm's password-grant client {@code zhixing-cli}. */
public final class Tokens {

  public static final String DEMO_PASSWORD = "zhixing-demo";
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Tokens() {}

  /** A token for a demo account; cached, since tokens live 15 minutes and tests take less. */
  public static String of(String username) {
    return CACHE.computeIfAbsent(username, Tokens::passwordGrant);
  }

  private static String passwordGrant(String username) {
    String form =
        "grant_type=password&client_id=zhixing-cli&username=%s&password=%s"
            .formatted(encode(username), encode(DEMO_PASSWORD));
    URI endpoint =
        URI.create(ZhixingTestEnvironment.current().keycloakUrl() + "/realms/zhixing/protocol/openid-connect/token");
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("No token for " + username + ": " + response.statusCode() + " " + response.body());
      }
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject().getString("access_token");
      }
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
