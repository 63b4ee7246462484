package org.zhixing.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpaFallbackFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"/org", "/org/411627101201", "/home", "/org/"})
  void getOfABrowserRouteServesThePortal(String path) {
    assertThat(SpaFallbackFilter.isPortalRoute("GET", path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/api", "/api/me", "/api/org-units/411627101201/people", "/assets/x.js", "/favicon.svg",
        "/index.html", "/problem-error", "/media/tok/7b0a3c52-0c53-4b5e-9a39-5a3f5d1c2e10"})
  void getOfTheRootTheApiFilesAndTheErrorPagePassesThrough(String path) {
    assertThat(SpaFallbackFilter.isPortalRoute("GET", path)).isFalse();
  }

  @Test
  void headOfAPortalRouteIsAnsweredLikeItsGet() {
    assertThat(SpaFallbackFilter.isPortalRoute("HEAD", "/org")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"POST, /org", "PUT, /org", "DELETE, /org/411627101201"})
  void otherMethodsPassThrough(String method, String path) {
    assertThat(SpaFallbackFilter.isPortalRoute(method, path)).isFalse();
  }
}
