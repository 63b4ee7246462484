package org.zhixing.tracking.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhixing.platform.problem.InvalidParameterException;
import org.zhixing.tracking.boundary.ProgressBatchRequest.Event;

class ProgressBatchReaderTest {

  private static final UUID ID = UUID.fromString("5b0c8a52-7f3e-4b8e-9d55-3f1c2a9e0b11");
  private static final UUID CHECK = UUID.fromString("0e6f1d2c-3b4a-4c5d-8e9f-a0b1c2d3e4f5");

  private static ProgressBatchRequest read(String json) {
    return ProgressBatchReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryKindOfEventThePlayerSends() {
    var batch = read("""
        {"events":[
          {"id":"%1$s","courseId":3,"lessonId":17,"kind":"WATCHED","from":1.25,"to":6,"clientTime":"2026-11-25T08:00:00Z"},
          {"id":"%1$s","courseId":3,"lessonId":18,"kind":"PAGE","page":2,"dwellSeconds":7,"clientTime":"2026-11-25T08:00:01.5Z"},
          {"id":"%1$s","courseId":3,"lessonId":17,"kind":"POSITION","at":42.5,"clientTime":"2026-11-25T08:00:02Z"},
          {"id":"%1$s","courseId":3,"lessonId":17,"kind":"PRESENCE","checkId":"%2$s","clientTime":"2026-11-25T08:00:03Z"}
        ]}""".formatted(ID, CHECK));

    Instant at = Instant.parse("2026-11-25T08:00:00Z");
    assertThat(batch.events()).containsExactly(
        new Event(ID, 3, 17, "WATCHED", at, 1.25, 6.0, null, null, null, null),
        new Event(ID, 3, 18, "PAGE", at.plusMillis(1500), null, null, 2, 7, null, null),
        new Event(ID, 3, 17, "POSITION", at.plusSeconds(2), null, null, null, null, 42.5, null),
        new Event(ID, 3, 17, "PRESENCE", at.plusSeconds(3), null, null, null, null, null, CHECK));
  }

  @Test
  void missingValuesStayNullForTheEventChecks() {
    assertThat(read("{}").events()).isNull();
    assertThat(read("{\"events\":null}").events()).isNull();
    assertThat(read("{\"events\":[null]}").events()).containsExactly((Event) null);
    assertThat(read("{\"events\":[{\"kind\":\"POSITION\"}]}").events())
        .containsExactly(new Event(null, 0, 0, "POSITION", null, null, null, null, null, null, null));
  }

  @Test
  void valuesOfTheWrongTypeAreInvalidParameters() {
    var wrong = Map.of(
        "id", "{\"events\":[{\"id\":\"nope\"}]}",
        "clientTime", "{\"events\":[{\"clientTime\":\"yesterday\"}]}",
        "from", "{\"events\":[{\"from\":\"0\"}]}",
        "page", "{\"events\":[{\"page\":2.5}]}",
        "courseId", "{\"events\":[{\"courseId\":1e30}]}",
        "kind", "{\"events\":[{\"kind\":7}]}",
        "events", "{\"events\":{}}",
        "event", "{\"events\":[7]}");
    wrong.forEach((field, json) -> assertThatThrownBy(() -> read(json)).as(json)
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("for " + field + ":"));
  }

  @Test
  void malformedJsonIsAnInvalidBody() {
    for (String json : new String[] {"{\"events\":[", "[]", ""}) {
      assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidParameterException.class).hasMessageContaining("body");
    }
  }
}
