package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.PublishedCourses.LessonSpec.pdf;
import static org.zhixing.it.PublishedCourses.LessonSpec.video;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.it.PublishedCourses.Course;

/**
 * Learning progress through the API: batches merged once per event id in any order, completion at 90 %, credit hours
 * awarded once under concurrent batches, no skipping ahead, a missed presence check stopping the clock, and who may
 * read whose progress. The test server issues a presence check at every batch and allows 2 s to answer it
 * (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class ProgressApiIT {

  private static final String LEARNER = "learner";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void watchedIntervalsAreMergedAndAResentBatchCountsOnce() {
    Course course = PublishedCourses.create("合并测试", BigDecimal.ONE, video(100));
    String batch = batch(watched(course, 0, 0, 30), watched(course, 0, 20, 40));

    JsonObject first = post(batch);
    JsonObject again = post(batch);

    assertThat(first.getInt("counted")).isEqualTo(2);
    assertThat(again.getInt("counted")).isZero();
    assertThat(again.getInt("duplicates")).isEqualTo(2);
    JsonObject lesson = lesson(course, 0, LEARNER);
    assertThat(lesson.getJsonNumber("watchedSeconds").doubleValue()).isEqualTo(40.0);
    assertThat(lesson.getJsonNumber("share").doubleValue()).isEqualTo(0.4);
    assertThat(lesson.getBoolean("completed")).isFalse();
  }

  @Test
  void aLateBatchFromAnOfflineLearnerCountsWhateverTheOrder() {
    Course course = PublishedCourses.create("离线补传", BigDecimal.ONE, video(100));
    Instant earlier = Instant.now().minusSeconds(3600);

    post(batch(watched(course, 0, 50, 95), position(course, 0, 95, Instant.now())));
    post(batch(watched(course, 0, 0, 50, earlier), position(course, 0, 50, earlier)));

    JsonObject lesson = lesson(course, 0, LEARNER);
    assertThat(lesson.getJsonNumber("watchedSeconds").doubleValue()).isEqualTo(95.0);
    assertThat(lesson.getBoolean("completed")).isTrue();
    assertThat(lesson.getJsonNumber("position").doubleValue()).as("the later position wins").isEqualTo(95.0);
  }

  @Test
  void aVideoCompletesAtNinetyPercentOfUniqueTimeAndResumesWhereLeft() {
    Course course = PublishedCourses.create("九成完成", BigDecimal.ONE, video(200));

    JsonObject below = post(batch(watched(course, 0, 0, 100), watched(course, 0, 50, 179), position(course, 0, 179, Instant.now())));
    JsonObject at = post(batch(watched(course, 0, 179, 180)));

    assertThat(below.getJsonArray("lessons").getJsonObject(0).getBoolean("completed")).isFalse();
    assertThat(at.getJsonArray("lessons").getJsonObject(0).getBoolean("completed")).isTrue();
    assertThat(lesson(course, 0, LEARNER).getJsonNumber("position").doubleValue()).isEqualTo(179.0);
  }

  @Test
  void pagesCountOnlyWithTheirMinimumDwell() {
    Course course = PublishedCourses.create("文档阅读", BigDecimal.ONE, pdf(2));

    post(batch(page(course, 0, 1, 6), page(course, 0, 2, 3)));
    assertThat(lesson(course, 0, LEARNER).getBoolean("completed")).isFalse();
    post(batch(page(course, 0, 2, 2)));

    JsonObject lesson = lesson(course, 0, LEARNER);
    assertThat(lesson.getInt("pagesRead")).isEqualTo(2);
    assertThat(lesson.getBoolean("completed")).isTrue();
  }

  @Test
  void completingTheCourseAwardsItsCreditHoursOnceUnderConcurrentBatches() {
    var courses = IntStream.range(0, 6)
        .mapToObj(i -> PublishedCourses.create("并发学时" + i, new BigDecimal("2.5"), video(60), video(60), video(60)))
        .toList();
    var sends = new ArrayList<CompletableFuture<JsonObject>>();
    List<JsonObject> answers;
    try (var clients = Executors.newFixedThreadPool(12)) {
      for (Course course : courses) {
        for (int lesson = 0; lesson < 3; lesson++) {
          String batch = batch(watched(course, lesson, 0, 60));
          sends.add(CompletableFuture.supplyAsync(() -> post(batch), clients));
          sends.add(CompletableFuture.supplyAsync(() -> post(batch), clients));
        }
      }
      answers = sends.stream().map(CompletableFuture::join).toList();
    }

    long awards = answers.stream().mapToLong(a -> a.getJsonArray("awards").size()).sum();
    assertThat(awards).as("one award per course, whichever batch completed it").isEqualTo(courses.size());
    for (Course course : courses) {
      JsonObject progress = Api.get("/api/progress/courses/" + course.id(), Tokens.of(LEARNER)).object();
      assertThat(progress.getBoolean("completed")).isTrue();
      assertThat(progress.getInt("requiredCompleted")).isEqualTo(3);
      assertThat(progress.getJsonObject("award").getJsonNumber("creditHours").bigDecimalValue()).isEqualByComparingTo("2.5");
    }
  }

  @Test
  void aCourseIsNotCompleteWhileARequiredLessonIsOpen() {
    Course course = PublishedCourses.create("未完成", BigDecimal.ONE, video(60), pdf(1));
    post(batch(watched(course, 0, 0, 60)));

    JsonObject progress = Api.get("/api/progress/courses/" + course.id(), Tokens.of(LEARNER)).object();
    assertThat(progress.getBoolean("completed")).isFalse();
    assertThat(progress.getInt("requiredCompleted")).isEqualTo(1);
    assertThat(progress.getInt("requiredLessons")).isEqualTo(2);
  }

  @Test
  void noSkipAheadRefusesTimeBeyondTheWatchedFrontier() {
    Course course = PublishedCourses.create("禁止拖动", BigDecimal.ONE, video(100).strict());
    String skipped = UUID.randomUUID().toString();

    JsonObject answer = post(batch(watched(course, 0, 0, 20), event(skipped, course, 0, "WATCHED", "\"from\":60,\"to\":100", Instant.now())));

    assertThat(answer.getJsonArray("ignored").getJsonObject(0).getString("reason")).isEqualTo("SKIPPED_AHEAD");
    assertThat(answer.getJsonArray("ignored").getJsonObject(0).getString("id")).isEqualTo(skipped);
    JsonObject lesson = lesson(course, 0, LEARNER);
    assertThat(lesson.getJsonNumber("watchedSeconds").doubleValue()).isEqualTo(20.0);
    assertThat(lesson.getJsonNumber("frontier").doubleValue()).isEqualTo(20.0);
  }

  @Test
  void aMissedPresenceCheckStopsTheClockUntilTheNextAnsweredOne() throws InterruptedException {
    Course course = PublishedCourses.create("防挂机", BigDecimal.ONE, video(300).withPresenceChecks());

    JsonObject first = post(batch(watched(course, 0, 0, 10)));
    JsonObject check = first.getJsonArray("lessons").getJsonObject(0).getJsonObject("presenceCheck");
    assertThat(check).as("a check is issued").isNotNull();
    Thread.sleep(2_500);
    JsonObject idle = post(batch(watched(course, 0, 10, 100), presence(course, 0, check.getString("id"))));

    assertThat(idle.getJsonArray("ignored").stream().map(i -> i.asJsonObject().getString("reason")))
        .containsExactlyInAnyOrder("CLOCK_STOPPED", "LATE_ANSWER");
    JsonObject restart = idle.getJsonArray("lessons").getJsonObject(0);
    assertThat(restart.getBoolean("clockStopped")).isTrue();
    String next = restart.getJsonObject("presenceCheck").getString("id");

    JsonObject answered = post(batch(presence(course, 0, next)));
    assertThat(answered.getInt("counted")).isEqualTo(1);
    post(batch(watched(course, 0, 10, 40)));

    JsonObject lesson = lesson(course, 0, LEARNER);
    assertThat(lesson.getJsonNumber("watchedSeconds").doubleValue()).as("10 s before, 30 s after").isEqualTo(40.0);
  }

  @Test
  void unknownLessonsAreIgnoredSoThatAnOfflineQueueCanDrain() {
    Course course = PublishedCourses.create("未知课时", BigDecimal.ONE, video(60));
    String lost = UUID.randomUUID().toString();
    String json = batch("{\"id\":\"%s\",\"courseId\":%d,\"lessonId\":%d,\"kind\":\"WATCHED\",\"from\":0,\"to\":5,\"clientTime\":\"%s\"}"
        .formatted(lost, course.id(), 999_999_999L, Instant.now()));

    JsonObject answer = post(json);

    assertThat(answer.getJsonArray("ignored").getJsonObject(0).getString("reason")).isEqualTo("UNKNOWN_LESSON");
  }

  @Test
  void malformedEventsAreRefused() {
    Course course = PublishedCourses.create("坏事件", BigDecimal.ONE, video(60));
    String negative = event(UUID.randomUUID().toString(), course, 0, "WATCHED", "\"from\":-3,\"to\":5", Instant.now());
    String notAUuid = event("nope", course, 0, "POSITION", "\"at\":5", Instant.now());
    String noTime = event(UUID.randomUUID().toString(), course, 0, "POSITION", "\"at\":5", Instant.now())
        .replaceAll(",\"clientTime\":\"[^\"]+\"", "");
    String fine = event(UUID.randomUUID().toString(), course, 0, "POSITION", "\"at\":5", Instant.now());
    var bodies = List.of(batch(negative), batch(notAUuid), batch(noTime), batch(fine, negative), "{\"events\":[",
        batch(Collections.nCopies(501, fine).toArray(String[]::new)));
    for (String body : bodies) {
      var answer = Api.postJson("/api/progress/batches", Tokens.of(LEARNER), body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.object().getString("type")).endsWith("invalid-parameter");
    }
    assertThat(lesson(course, 0, LEARNER).getJsonNumber("position").doubleValue())
        .as("nothing of a refused batch is kept").isZero();
  }

  @Test
  void countyAdminsReadTheirOwnLearnersProgressButNotAnotherCountys() {
    Course course = PublishedCourses.create("范围检查", BigDecimal.ONE, video(60));
    post(batch(watched(course, 0, 0, 30)));
    String path = "/api/progress/courses/%d/lessons/%d?learner=learner".formatted(course.id(), course.lesson(0));

    var taikang = Api.get(path, Tokens.of("taikang-admin"));
    var city = Api.get(path, Tokens.of("city-admin"));
    var dancheng = Api.get(path, Tokens.of("dancheng-admin"));
    var trainer = Api.get(path, Tokens.of("trainer"));

    assertThat(taikang.status()).isEqualTo(200);
    assertThat(taikang.object().getJsonNumber("watchedSeconds").doubleValue()).isEqualTo(30.0);
    assertThat(city.status()).isEqualTo(200);
    assertThat(dancheng.status()).isEqualTo(404);
    assertThat(dancheng.object().getString("type")).endsWith("progress-not-found");
    assertThat(trainer.status()).as("trainers are not admins of people's progress").isEqualTo(404);
  }

  @Test
  void progressNeedsAToken() {
    assertThat(Api.get("/api/progress/courses/1", null).status()).isEqualTo(401);
  }

  private static JsonObject post(String batch) {
    var answer = Api.postJson("/api/progress/batches", Tokens.of(LEARNER), batch);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  private static JsonObject lesson(Course course, int index, String token) {
    var answer = Api.get("/api/progress/courses/%d/lessons/%d".formatted(course.id(), course.lesson(index)), Tokens.of(token));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object();
  }

  static String batch(String... events) {
    return "{\"events\":[" + String.join(",", events) + "]}";
  }

  static String watched(Course course, int lesson, double from, double to) {
    return watched(course, lesson, from, to, Instant.now());
  }

  static String watched(Course course, int lesson, double from, double to, Instant at) {
    return event(UUID.randomUUID().toString(), course, lesson, "WATCHED", "\"from\":%s,\"to\":%s".formatted(from, to), at);
  }

  static String position(Course course, int lesson, double at, Instant when) {
    return event(UUID.randomUUID().toString(), course, lesson, "POSITION", "\"at\":" + at, when);
  }

  static String page(Course course, int lesson, int page, int seconds) {
    return event(UUID.randomUUID().toString(), course, lesson, "PAGE", "\"page\":%d,\"dwellSeconds\":%d".formatted(page, seconds), Instant.now());
  }

  static String presence(Course course, int lesson, String checkId) {
    return event(UUID.randomUUID().toString(), course, lesson, "PRESENCE", "\"checkId\":\"%s\"".formatted(checkId), Instant.now());
  }

  static String event(String id, Course course, int lesson, String kind, String fields, Instant at) {
    return "{\"id\":\"%s\",\"courseId\":%d,\"lessonId\":%d,\"kind\":\"%s\",%s,\"clientTime\":\"%s\"}"
        .formatted(id, course.id(), course.lesson(lesson), kind, fields, at);
  }
}
