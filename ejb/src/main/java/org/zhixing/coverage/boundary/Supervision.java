package org.zhixing.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhixing.coverage.control.ChosenVillages;
import org.zhixing.coverage.control.CoverageSums;
import org.zhixing.coverage.control.CoverageSums.VillageLine;
import org.zhixing.coverage.control.MakeUpAudienceEmptyException;
import org.zhixing.coverage.control.PlanAccess;
import org.zhixing.coverage.control.RosterSource;
import org.zhixing.coverage.control.SupervisionNotices;
import org.zhixing.coverage.control.SupervisionNotices.LaggingVillage;
import org.zhixing.coverage.control.PendingPeople;
import org.zhixing.coverage.entity.TrainingPlan;
import org.zhixing.notify.boundary.Notifications;
import org.zhixing.notify.entity.Notice;
import org.zhixing.notify.entity.Recipient;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.boundary.PeopleCriteria;
import org.zhixing.org.boundary.PersonRef;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.org.entity.Position;
import org.zhixing.platform.security.Caller;
import org.zhixing.schedule.boundary.ArrangedSessions;
import org.zhixing.schedule.boundary.ArrangedSessions.Arranged;

/**
 * Chasing the laggards of a plan in one action: reminding the people of some villages who are not done, and their
 * townships' 组织委员 (organizing committee members), through the notifications; and arranging a make-up session
 * whose audience is those people, through the schedule. The caller's subtree bounds both.
 */
@Stateless
public class Supervision {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Inject PlanAccess access;
  @Inject ChosenVillages chosen;
  @Inject CoverageSums sums;
  @Inject PendingPeople pending;
  @Inject OrgDirectory org;
  @Inject Notifications notifications;
  @Inject ArrangedSessions sessions;

  /** What a round of reminders did: villages, people not done (those without a sign-in name cannot be reached). */
  public record Reminded(int villages, int people, int peopleWithoutAccount, int organizers,
      Map<String, Integer> reached) {}

  /** A make-up session arranged for the people not done of some villages. */
  public record MadeUp(Arranged session, int villages, int peopleWithoutAccount) {}

  /**
   * Reminds the people not done of the villages named, or by default of the villages below {@code threshold} in the
   * unit, and the 组织委员 of their townships; {@code message} is added to every notice.
   */
  public Reminded remind(Caller caller, long planId, String unitCode, List<String> villageCodes, BigDecimal threshold,
      String message) {
    sums.planForEachPath();
    TrainingPlan plan = access.visible(caller, planId);
    List<String> villages = villageCodes == null || villageCodes.isEmpty()
        ? chosen.below(caller, plan, unitCode, threshold)
        : chosen.named(caller, plan, villageCodes).stream().map(OrgUnit::code).toList();
    var round = new Round(new SupervisionNotices.Plan(plan.id(), plan.name(), plan.deadline(), plan.items().size(),
        plan.minCreditHours()), LocalDate.now(BEIJING), message, new TreeMap<>());

    List<PendingPeople.Person> people = pending.of(planId, villages);
    remindPeople(round, people);
    List<PersonRef> organizers = remindOrganizers(caller, round, sums.ofVillages(RosterSource.live(planId), villages));

    long withoutAccount = people.stream().filter(person -> !person.hasAccount()).count()
        + organizers.stream().filter(holder -> holder.username() == null).count();
    return new Reminded(villages.size(), people.size(), (int) withoutAccount, organizers.size(), round.reached());
  }

  /** One round of reminders: what it is about, the day its topics hold, the added message, who it reached so far. */
  private record Round(SupervisionNotices.Plan plan, LocalDate day, String message, Map<String, Integer> reached) {}

  /** Everyone with an account, one notice for each standing (items done and hours), all under the round's topic. */
  private void remindPeople(Round round, List<PendingPeople.Person> people) {
    people.stream().filter(PendingPeople.Person::hasAccount)
        .collect(Collectors.groupingBy(person -> List.of(person.itemsDone(), person.creditHours())))
        .values().forEach(group -> send(round, SupervisionNotices.forPerson(round.plan(), round.day(),
            group.getFirst().itemsDone(), group.getFirst().creditHours(), round.message()),
            group.stream().map(PendingPeople.Person::username).toList()));
  }

  /** The 组织委员 of each township of the villages, with its lagging villages; answers every holder found. */
  private List<PersonRef> remindOrganizers(Caller caller, Round round, Map<String, VillageLine> villages) {
    Map<String, List<PersonRef>> organizers = organizersOf(caller,
        villages.values().stream().map(VillageLine::townshipCode).collect(Collectors.toSet()));
    Map<String, String> names = org.unitNames(Stream.concat(villages.keySet().stream(), organizers.keySet().stream())
        .collect(Collectors.toSet()));
    organizers.forEach((township, holders) -> send(round, SupervisionNotices.forOrganizer(round.plan(), round.day(),
        names.getOrDefault(township, township), lagging(villages, township, names), round.message()),
        holders.stream().map(PersonRef::username).filter(Objects::nonNull).toList()));
    return organizers.values().stream().flatMap(List::stream).toList();
  }

  /**
   * Arranges a draft session (a centralized class at {@code place}) for the people not done of the villages named,
   * organized by the lowest unit holding them all (at least their township); the organizer publishes it in the
   * schedule.
   */
  public MadeUp makeUp(Caller caller, long planId, List<String> villageCodes, String title, Instant startsAt,
      Instant endsAt, String place) {
    TrainingPlan plan = access.visible(caller, planId);
    List<OrgUnit> villages = chosen.named(caller, plan, villageCodes);
    List<PendingPeople.Person> people = pending.of(planId, villages.stream().map(OrgUnit::code).toList());
    Set<String> usernames = people.stream().filter(PendingPeople.Person::hasAccount).map(PendingPeople.Person::username)
        .collect(Collectors.toSet());
    if (usernames.isEmpty()) {
      throw new MakeUpAudienceEmptyException(villages.size());
    }
    String named = title == null || title.isBlank() ? plan.name() + "（补训）" : title;
    Arranged session = sessions.arrange(caller, organizerOf(villages), named, startsAt, endsAt, place, usernames);
    return new MadeUp(session, villages.size(), people.size() - usernames.size());
  }

  /** The holders of the 组织委员 post serving at each of these townships, one query over the caller's subtree. */
  private Map<String, List<PersonRef>> organizersOf(Caller caller, Set<String> townships) {
    var criteria = new PeopleCriteria(org.scopeOf(caller).code(), Set.of(Position.ORGANIZING_MEMBER.name()), false,
        Set.of());
    return org.peopleMatching(caller, criteria).stream().filter(holder -> townships.contains(holder.unitCode()))
        .collect(Collectors.groupingBy(PersonRef::unitCode, LinkedHashMap::new, Collectors.toList()));
  }

  private static List<LaggingVillage> lagging(Map<String, VillageLine> lines, String township,
      Map<String, String> names) {
    return lines.values().stream().filter(line -> line.townshipCode().equals(township))
        .map(line -> new LaggingVillage(names.getOrDefault(line.villageCode(), line.villageCode()),
            line.figures().rate(), line.figures().required() - line.figures().completed()))
        .toList();
  }

  /** The lowest unit above all these villages: their township if they share one, else the county or the city. */
  private static String organizerOf(List<OrgUnit> villages) {
    List<String> common = villages.getFirst().pathCodes();
    common = common.subList(0, common.size() - 1);
    for (OrgUnit village : villages) {
      List<String> path = village.pathCodes();
      int same = 0;
      while (same < common.size() && same < path.size() - 1 && common.get(same).equals(path.get(same))) {
        same++;
      }
      common = common.subList(0, same);
    }
    return common.getLast();
  }

  private void send(Round round, Notice notice, List<String> usernames) {
    if (!usernames.isEmpty()) {
      notifications.send(notice, usernames.stream().map(Recipient::new).toList())
          .forEach((channel, count) -> round.reached().merge(channel, count, Integer::sum));
    }
  }
}
