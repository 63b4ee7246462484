package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.zhixing.it.PublishedCourses.Course;
import org.zhixing.it.PublishedCourses.LessonSpec;

/**
 * A course with a test required for completion, and the two halves of completing it as the demo learner: reading its
 * one PDF lesson (one page, dwell over the 5-second minimum) and passing its one-question test. Each call makes its
 * own course, bank and paper, so tests share nothing.
 */
final class CourseCompletions {

  static final String LEARNER = "learner";
  private static final String TRAINER = "trainer";

  /** A course and the id of the published paper it requires. */
  record CourseWithTest(Course course, String title, long paperId) {}

  private CourseCompletions() {}

  static CourseWithTest courseWithRequiredTest(String title, BigDecimal creditHours) {
    String unique = title + "·" + UUID.randomUUID().toString().substring(0, 6);
    Course course = PublishedCourses.create(unique, creditHours, LessonSpec.pdf(1));
    long bank = created(Api.postJson("/api/quiz/banks", Tokens.of(TRAINER),
        Json.createObjectBuilder().add("name", "结业测试题库 " + unique).build().toString()));
    long question = created(Api.postJson("/api/quiz/banks/" + bank + "/questions", Tokens.of(TRAINER),
        Json.createObjectBuilder().add("type", "TRUE_FALSE").add("stem", "五星支部创建要求人人参与。")
            .add("options", Json.createArrayBuilder()).add("answer", Json.createArrayBuilder().add("对"))
            .add("difficulty", 1).add("explanation", "是的。").add("tags", Json.createArrayBuilder())
            .build().toString()));
    long paper = created(Api.postJson("/api/quiz/papers", Tokens.of(TRAINER), Json.createObjectBuilder()
        .add("title", "结业测试 " + unique).add("timeLimitSeconds", 600).add("maxAttempts", 3).add("passScore", 10)
        .add("answerVisibility", "AFTER_SUBMIT").add("courseId", course.id()).add("requiredForCompletion", true)
        .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", question)
            .add("points", 10)))
        .build().toString()));
    Api.Answer published = Api.post("/api/quiz/papers/" + paper + "/publish", Tokens.of(TRAINER));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return new CourseWithTest(course, unique, paper);
  }

  /** Reads the course's only lesson to completion. */
  static void readLessons(CourseWithTest test) {
    String event = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
        .add("courseId", test.course().id()).add("lessonId", test.course().lesson(0)).add("kind", "PAGE")
        .add("page", 1).add("dwellSeconds", 6).add("clientTime", Instant.now().toString()).build().toString();
    Api.Answer batch = Api.postJson("/api/progress/batches", Tokens.of(LEARNER), "{\"events\":[" + event + "]}");
    assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
    assertThat(batch.object().getJsonArray("lessons").getJsonObject(0).getBoolean("completed")).isTrue();
  }

  /** Takes the test and answers right; the submission's result. */
  static JsonObject passTest(CourseWithTest test) {
    Api.Answer started = Api.post("/api/quiz/papers/" + test.paperId() + "/attempts", Tokens.of(LEARNER));
    assertThat(started.status()).as(started.toString()).isIn(200, 201);
    Api.Answer submitted = Api.postJson("/api/quiz/attempts/" + started.object().getString("id") + "/submit",
        Tokens.of(LEARNER), "{\"answers\":{\"1\":[\"T\"]}}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.object().getBoolean("passed")).isTrue();
    return submitted.object();
  }

  /** The learner's progress in the course, with its credit award once complete. */
  static JsonObject progress(CourseWithTest test, String user) {
    Api.Answer answer = Api.get("/api/progress/courses/" + test.course().id()
        + (user.equals(LEARNER) ? "" : "?learner=" + LEARNER), Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static long created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.object().getJsonNumber("id").longValue();
  }
}
