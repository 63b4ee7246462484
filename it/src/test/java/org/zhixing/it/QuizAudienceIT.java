package org.zhixing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.it.QuizFixtures.TRAINER;
import static org.zhixing.it.QuizFixtures.bank;
import static org.zhixing.it.QuizFixtures.fixed;
import static org.zhixing.it.QuizFixtures.paper;
import static org.zhixing.it.QuizFixtures.publish;
import static org.zhixing.it.QuizFixtures.question;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhixing.content.DemoContentPack;

/**
 * Who is offered a paper beyond "the learners of a unit's subtree": a post-session quiz goes to the session's
 * audience (asked of the schedule feature), a paper for village Party secretaries only to them, a weak-and-lax-only
 * paper only to people serving in such villages. Checked both in the offered list and when starting an attempt.
 * The demo learner is the Party secretary of village 411627101201; the trainer a county cadre; the county admin
 * holds no post — all three are in 太康县's subtree.
 */
@ExtendWith(ArquillianExtension.class)
class QuizAudienceIT {

  private static final String LEARNER = "learner";
  private static final String LEARNER_VILLAGE = "411627101201";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ZhixingDeployment.ear();
  }

  @Test
  void aPaperForVillagePartySecretariesIsOfferedToThemOnly() {
    long paper = publish(paperFor("书记专题考试").add("audiencePositions", Json.createArrayBuilder().add("PARTY_SECRETARY")));

    assertThat(offered(LEARNER)).contains(paper);
    assertThat(offered(TRAINER)).as("a county cadre").doesNotContain(paper);
    assertThat(offered("taikang-admin")).as("no post at all").doesNotContain(paper);
    assertThat(start(TRAINER, paper).status()).isEqualTo(404);
    assertThat(start(LEARNER, paper).status()).isEqualTo(201);
    assertThat(Api.get("/api/quiz/papers/" + paper, Tokens.of(TRAINER)).object().getJsonArray("audiencePositions").getString(0))
        .isEqualTo("PARTY_SECRETARY");
  }

  @Test
  void aWeakAndLaxOnlyPaperIsOfferedOnlyInWeakAndLaxVillages() {
    boolean learnerVillageIsWeak = DemoContentPack.load().units().stream()
        .filter(unit -> unit.code().equals(LEARNER_VILLAGE)).findFirst().orElseThrow().weakYear() != null;
    long paper = publish(paperFor("软弱涣散村专题考试").add("audienceWeakOnly", true));

    assertThat(offered(LEARNER).contains(paper)).isEqualTo(learnerVillageIsWeak);
    assertThat(start(LEARNER, paper).status()).isEqualTo(learnerVillageIsWeak ? 201 : 404);
    assertThat(offered(TRAINER)).as("the county office is no village").doesNotContain(paper);
  }

  @Test
  void anUnknownPostIsRefused() {
    Api.Answer refused = Api.postJson("/api/quiz/papers", Tokens.of(TRAINER),
        paperFor("未知职务").add("audiencePositions", Json.createArrayBuilder().add("MAYOR")).build().toString());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.object().getString("type")).endsWith("invalid-quiz-paper");
  }

  @Test
  void aPostSessionQuizIsOfferedToTheSessionsAudienceOnly() {
    long session = publishedSessionFor(LEARNER);
    long paper = publish(paperFor("会后小测").add("sessionId", session));

    JsonObject seen = offeredPaper(LEARNER, paper);
    assertThat(seen).as("the session's audience is offered it").isNotNull();
    assertThat(seen.getJsonNumber("sessionId").longValue()).isEqualTo(session);
    assertThat(start(LEARNER, paper).status()).isEqualTo(201);
    assertThat(offered("taikang-admin")).as("in the county, not in the session").doesNotContain(paper);
    assertThat(start("taikang-admin", paper).status()).isEqualTo(404);
  }

  @Test
  void onlyASessionTheAuthorOrganizesCanBeAttached() {
    long session = publishedSessionFor(LEARNER);

    Api.Answer unknown = Api.postJson("/api/quiz/papers", Tokens.of(TRAINER),
        paperFor("不存在的培训").add("sessionId", 999_999_999L).build().toString());
    Api.Answer elsewhere = Api.postJson("/api/quiz/papers", Tokens.of("dancheng-admin"),
        paperFor("别县的培训").add("sessionId", session).build().toString());

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object().getString("type")).endsWith("session-not-found");
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(404);
  }

  private static JsonObjectBuilder paperFor(String title) {
    long bank = bank(TRAINER, title + "题库");
    return paper(title, 600, 2, "AFTER_SUBMIT", fixed(question(bank, "TRUE_FALSE", title + "判断题。", List.of(), List.of("对"))));
  }

  /** A published Taikang session whose audience is this one person, at a time no other test books. */
  private static long publishedSessionFor(String username) {
    OffsetDateTime start = OffsetDateTime.of(2041, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))
        .plusDays(ThreadLocalRandom.current().nextInt(20_000));
    JsonObject session = Json.createObjectBuilder()
        .add("level", "COUNTY")
        .add("mode", "CENTRALIZED")
        .add("title", "会后测验培训 " + Instant.now().toEpochMilli())
        .add("organizerCode", "411627000000")
        .add("startsAt", start.toString())
        .add("endsAt", start.plusHours(1).toString())
        .add("venueName", "测验会议室 " + ThreadLocalRandom.current().nextLong(1_000_000_000L))
        .add("capacity", 60)
        .add("trainers", Json.createArrayBuilder().add(TRAINER))
        .add("additions", Json.createArrayBuilder().add(username))
        .build();
    Api.Answer created = Api.postJson("/api/sessions", Tokens.of(TRAINER), session.toString());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.object().getJsonNumber("id").longValue();
    Api.Answer published = Api.post("/api/sessions/" + id + "/publish?acceptConflicts=true", Tokens.of(TRAINER));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }

  private static List<Long> offered(String user) {
    return offeredPapers(user).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
  }

  private static JsonObject offeredPaper(String user, long paper) {
    return offeredPapers(user).stream().filter(p -> p.getJsonNumber("id").longValue() == paper).findFirst().orElse(null);
  }

  private static List<JsonObject> offeredPapers(String user) {
    Api.Answer answer = Api.get("/api/quiz/papers/offered?size=100", Tokens.of(user));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.object().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static Api.Answer start(String user, long paper) {
    return Api.post("/api/quiz/papers/" + paper + "/attempts", Tokens.of(user));
  }
}
