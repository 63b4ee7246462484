package org.zhixing.platform.audit;

import jakarta.json.Json;
import java.util.Map;

/** A state before or after a change, as the JSON object the log keeps. */
final class AuditStates {

  private AuditStates() {}

  /** The state as JSON text; null stays null (nothing existed before a creation, or after a removal). */
  static String json(Map<String, ?> state) {
    if (state == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) state;
    return Json.createObjectBuilder(values).build().toString();
  }
}
