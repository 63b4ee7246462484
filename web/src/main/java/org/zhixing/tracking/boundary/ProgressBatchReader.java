package org.zhixing.tracking.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.tracking.boundary.ProgressBatchRequest.Event;

/**
 * Reads the player's batches with JSON-P rather than JSON-B: this body arrives with every heartbeat, thousands a
 * second, and binding it with Yasson took about 7 % of a heartbeat's CPU; reading the few events of a batch from the
 * parsed tree takes a fraction of that. Malformed JSON and values of the wrong type (an id that is not a UUID, a time
 * that is not ISO-8601) are invalid parameters; missing values stay null for {@link ProgressEvents} to judge.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class ProgressBatchReader implements MessageBodyReader<ProgressBatchRequest> {

  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == ProgressBatchRequest.class;
  }

  @Override
  public ProgressBatchRequest readFrom(Class<ProgressBatchRequest> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) {
    return read(body);
  }

  static ProgressBatchRequest read(InputStream body) {
    JsonObject batch;
    try (JsonReader reader = READERS.createReader(body, StandardCharsets.UTF_8)) {
      batch = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidParameterException("body", "not a JSON object with an array of events");
    }
    JsonValue events = batch.get("events");
    if (events == null || events == JsonValue.NULL) {
      return new ProgressBatchRequest(null);
    }
    if (!(events instanceof JsonArray array)) {
      throw new InvalidParameterException("events", events.toString());
    }
    return new ProgressBatchRequest(array.stream().map(ProgressBatchReader::event).toList());
  }

  private static Event event(JsonValue value) {
    if (value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonObject e)) {
      throw new InvalidParameterException("event", value.toString());
    }
    return new Event(uuid(e, "id"), id(e, "courseId"), id(e, "lessonId"), string(e, "kind"), instant(e, "clientTime"),
        seconds(e, "from"), seconds(e, "to"), count(e, "page"), count(e, "dwellSeconds"), seconds(e, "at"),
        uuid(e, "checkId"));
  }

  /** A missing course or lesson id reads as 0, which names no lesson: the event is ignored as unknown. */
  private static long id(JsonObject event, String field) {
    JsonNumber number = number(event, field);
    try {
      return number == null ? 0 : number.longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidParameterException(field, number.toString());
    }
  }

  private static Integer count(JsonObject event, String field) {
    JsonNumber number = number(event, field);
    try {
      return number == null ? null : number.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidParameterException(field, number.toString());
    }
  }

  private static Double seconds(JsonObject event, String field) {
    JsonNumber number = number(event, field);
    return number == null ? null : number.doubleValue();
  }

  private static String string(JsonObject event, String field) {
    JsonValue value = event.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new InvalidParameterException(field, value.toString());
    }
    return text.getString();
  }

  private static JsonNumber number(JsonObject event, String field) {
    JsonValue value = event.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      throw new InvalidParameterException(field, value.toString());
    }
    return number;
  }

  private static UUID uuid(JsonObject event, String field) {
    String text = string(event, field);
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(field, text);
    }
  }

  private static Instant instant(JsonObject event, String field) {
    String text = string(event, field);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(field, text);
    }
  }
}
