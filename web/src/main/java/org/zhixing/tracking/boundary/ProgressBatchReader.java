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
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
    Long course = field(e, "courseId", JsonNumber.class, JsonNumber::longValueExact);
    Long lesson = field(e, "lessonId", JsonNumber.class, JsonNumber::longValueExact);
    // A missing course or lesson id reads as 0, which names no lesson: the event is ignored as unknown.
    return new Event(field(e, "id", JsonString.class, ProgressBatchReader::uuid), course == null ? 0 : course,
        lesson == null ? 0 : lesson, field(e, "kind", JsonString.class, JsonString::getString),
        field(e, "clientTime", JsonString.class, text -> Instant.parse(text.getString())),
        field(e, "from", JsonNumber.class, JsonNumber::doubleValue),
        field(e, "to", JsonNumber.class, JsonNumber::doubleValue),
        field(e, "page", JsonNumber.class, JsonNumber::intValueExact),
        field(e, "dwellSeconds", JsonNumber.class, JsonNumber::intValueExact),
        field(e, "at", JsonNumber.class, JsonNumber::doubleValue),
        field(e, "checkId", JsonString.class, ProgressBatchReader::uuid));
  }

  /** The field's value as {@code read} takes it, null when absent; a value it cannot take is an invalid parameter. */
  private static <J extends JsonValue, T> T field(JsonObject event, String field, Class<J> type, Function<J, T> read) {
    JsonValue value = event.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    try {
      return read.apply(type.cast(value));
    } catch (ClassCastException | ArithmeticException | IllegalArgumentException | DateTimeException e) {
      throw new InvalidParameterException(field, value.toString());
    }
  }

  private static UUID uuid(JsonString text) {
    return UUID.fromString(text.getString());
  }
}
