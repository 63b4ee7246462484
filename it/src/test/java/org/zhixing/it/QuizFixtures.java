package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;

/** Banks, questions and papers made through the API as the Taikang trainer, for the quiz tests. */
final class QuizFixtures {

  static final String TRAINER = "trainer";
  /** Text that only answers and explanations contain, so a response that leaks them can be caught. */
  static final String SECRET = "机密解析";

  private QuizFixtures() {}

  static long bank(String user, String name) {
    Api.Answer created = Api.postJson("/api/quiz/banks", Tokens.of(user), Json.createObjectBuilder()
        .add("name", name + " " + UUID.randomUUID().toString().substring(0, 8)).build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  static long question(long bank, String type, String stem, List<String> options, List<String> answer) {
    return question(bank, type, stem, options, answer, 3);
  }

  static long question(long bank, String type, String stem, List<String> options, List<String> answer,
      int difficulty, String... tags) {
    JsonObjectBuilder json = questionJson(type, stem, options, answer, difficulty)
        .add("explanation", SECRET + "：" + stem)
        .add("tags", Json.createArrayBuilder(List.of(tags)));
    Api.Answer created = Api.postJson("/api/quiz/banks/" + bank + "/questions", Tokens.of(TRAINER), json.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  static JsonObjectBuilder questionJson(String type, String stem, List<String> options, List<String> answer,
      int difficulty) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("stem", stem)
        .add("options", Json.createArrayBuilder(options))
        .add("answer", Json.createArrayBuilder(answer))
        .add("difficulty", difficulty);
  }

  static JsonArrayBuilder fixed(long... questions) {
    JsonArrayBuilder fixed = Json.createArrayBuilder();
    for (long question : questions) {
      fixed.add(Json.createObjectBuilder().add("questionId", question).add("points", 10));
    }
    return fixed;
  }

  static JsonObject rule(long bank, String tag, String type, int difficulty, int count, int points) {
    return Json.createObjectBuilder().add("bankId", bank).add("tag", tag).add("type", type)
        .add("difficulty", difficulty).add("count", count).add("points", points).build();
  }

  static JsonObjectBuilder paper(String title, int seconds, int attempts, String visibility, JsonArrayBuilder questions) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("timeLimitSeconds", seconds)
        .add("maxAttempts", attempts)
        .add("passScore", 10)
        .add("answerVisibility", visibility)
        .add("questions", questions);
  }

  static long publish(JsonObjectBuilder definition) {
    Api.Answer created = Api.postJson("/api/quiz/papers", Tokens.of(TRAINER), definition.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.object().getJsonNumber("id").longValue();
    Api.Answer published = Api.post("/api/quiz/papers/" + id + "/publish", Tokens.of(TRAINER));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }
}
