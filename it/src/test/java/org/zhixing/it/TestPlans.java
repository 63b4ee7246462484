package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zhixing.it.PublishedCourses.Course;

/**
 * Training plans for the coverage tests, made through the API, and the demo learner completing a plan's course. A
 * draft's period lies around today (Beijing time); a test overrides any key by adding it again (JSON-P replaces it).
 */
final class TestPlans {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private TestPlans() {}

  /** A draft for the unit: from 30 days ago to 30 days on, due in 20 days, no minimum of credit hours. */
  static JsonObjectBuilder draft(String name, String unit, JsonArrayBuilder items) {
    LocalDate today = LocalDate.now(BEIJING);
    return Json.createObjectBuilder().add("name", name).add("kind", "ANNUAL")
        .add("startsOn", today.minusDays(30).toString()).add("endsOn", today.plusDays(30).toString())
        .add("deadline", today.plusDays(20).toString())
        .add("audience", Json.createObjectBuilder().add("unitCode", unit))
        .add("minCreditHours", 0).add("items", items);
  }

  static JsonArrayBuilder courses(Course... courses) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Course course : courses) {
      items.add(Json.createObjectBuilder().add("kind", "COURSE").add("id", course.id()));
    }
    return items;
  }

  static long create(String admin, JsonObjectBuilder plan) {
    Api.Answer created = Api.postJson("/api/plans", Tokens.of(admin), plan.build().toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.object().getJsonNumber("id").longValue();
  }

  static void publish(String admin, long plan) {
    Api.Answer published = Api.post("/api/plans/" + plan + "/publish", Tokens.of(admin));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  /** The demo learner watches the course's one video to its end, which completes it. */
  static void complete(Course course) {
    Api.Answer batch = Api.postJson("/api/progress/batches", Tokens.of(CourseCompletions.LEARNER),
        ProgressApiIT.batch(ProgressApiIT.watched(course, 0, 0, 60)));
    assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
  }
}
