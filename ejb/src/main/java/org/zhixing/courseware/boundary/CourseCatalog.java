package org.zhixing.courseware.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.courseware.control.CourseAccess;
import org.zhixing.courseware.control.CourseNotFoundException;
import org.zhixing.courseware.control.CourseRepository;
import org.zhixing.courseware.entity.Course;
import org.zhixing.courseware.entity.CourseMetadata;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.courseware.entity.Lesson;
import org.zhixing.courseware.entity.LessonNotFoundException;
import org.zhixing.courseware.entity.RevisionStatus;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;
import org.zhixing.platform.security.Role;
import org.zhixing.policy.boundary.PolicyLibrary;

/**
 * Reading courses: the catalog a learner chooses from, the lists trainers and admins manage, one course with its
 * policy documents, and — for the tracking feature — the published lesson definitions that progress is measured
 * against (see {@link LessonDefinition} for how progress survives a new version). A course the caller may not see
 * is reported as not found.
 */
@Stateless
public class CourseCatalog {

  @Inject CourseRepository courses;
  @Inject CourseAccess access;
  @Inject PolicyLibrary policies;
  @Inject AssetCatalog assets;

  /** Course titles by id for other features that list courses they refer to (plans); unknown ids are left out. */
  public Map<Long, String> titles(Collection<Long> courseIds) {
    return courses.titles(courseIds);
  }

  /** Published courses offered to the caller's unit or a unit above it. */
  public Page<CourseRevision> offeredTo(Caller caller, String titleContains, PageRequest page) {
    List<String> units = access.ownUnitCodes(caller);
    return units.isEmpty() ? Page.of(List.of(), page, 0) : courses.publishedFor(units, titleContains, page);
  }

  /** The newest versions of the courses the caller manages or (as an org admin) reviews. */
  public Page<CourseRevision> managed(Caller caller, RevisionStatus status, String titleContains, PageRequest page) {
    boolean reviewer = caller.has(Role.ORG_ADMIN);
    return courses.managedWithin(access.scopePath(caller), reviewer, status, titleContains, page);
  }

  /**
   * The version of a course the caller should see: managers and reviewers the newest (the draft they work on), or
   * the published one when {@code publishedOnly}; everyone else the published version, if it is offered to them.
   */
  public CourseRevision read(Caller caller, long courseId, boolean publishedOnly) {
    Course course = courses.find(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
    if (!publishedOnly && access.mayOversee(caller, course)) {
      return course.latest();
    }
    return course.published()
        .filter(published -> access.mayLearn(caller, published))
        .orElseThrow(() -> new CourseNotFoundException(courseId));
  }

  /** {@link #read} with the cited documents by title and what the caller may do. */
  public CourseDetails details(Caller caller, long courseId, boolean publishedOnly) {
    CourseRevision revision = read(caller, courseId, publishedOnly);
    Course course = revision.course();
    CourseMetadata metadata = revision.metadata();
    return new CourseDetails(
        revision,
        metadata,
        revision.lessons(),
        policies.titles(caller, metadata.policyIds()),
        course.published().map(CourseRevision::number).orElse(null),
        access.mayManage(caller, course),
        access.mayReview(caller, course));
  }

  /**
   * A signed link to a cover image for the caller, who has just been shown the course: covers are decoration of a
   * course page, so seeing the course is the right to load its cover.
   */
  public MediaLink coverLink(Caller caller, UUID coverAssetId) {
    return assets.linkFor(coverAssetId, caller.username());
  }

  /** Published courses citing a policy document that the caller may take. */
  public List<CourseRevision> citing(Caller caller, long policyId) {
    return courses.publishedCiting(policyId).stream().filter(r -> access.mayLearn(caller, r)).toList();
  }

  /**
   * The published definition of a lesson the caller may take. {@code lessonId} may name the lesson in an older
   * version (a bookmarked link): it is followed by its key to the version in force.
   */
  public LessonDefinition lesson(Caller caller, long courseId, long lessonId) {
    Lesson named = courses.findLesson(lessonId)
        .filter(lesson -> lesson.revision().course().id() == courseId)
        .orElseThrow(() -> new LessonNotFoundException(lessonId));
    CourseRevision published = read(caller, courseId, true);
    return published.lessons().stream()
        .filter(lesson -> lesson.key().equals(named.key()))
        .findFirst()
        .map(LessonDefinition::of)
        .orElseThrow(() -> new LessonNotFoundException(lessonId));
  }

  /** The published lesson with this key, without any caller check: for system tasks such as recomputing progress. */
  public Optional<LessonDefinition> publishedLesson(long courseId, UUID lessonKey) {
    return courses.findPublishedLesson(courseId, lessonKey).map(LessonDefinition::of);
  }

  /** What completing a course takes, from its published version, without any caller check. */
  public Optional<CourseRequirements> requirements(long courseId) {
    return courses.find(courseId)
        .flatMap(Course::published)
        .map(published -> new CourseRequirements(
            courseId, published.number(), published.title(), published.creditHours(),
            published.lessons().stream().map(LessonDefinition::of).toList()));
  }

  /**
   * The published course of this title offered to this unit, without any caller check: for system tasks that know
   * courses by name, such as the demo plans over the content pack's courses. The oldest, if several share the title.
   */
  public Optional<CourseRequirements> publishedTitled(String unitCode, String title) {
    return courses.publishedFor(List.of(unitCode), title, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
        .filter(revision -> revision.title().equals(title))
        .reduce((newer, older) -> older)
        .flatMap(revision -> requirements(revision.course().id()));
  }

  /** Whether the caller may take the course now (it is published and offered to them). */
  public boolean mayLearn(Caller caller, long courseId) {
    return courses.find(courseId).flatMap(Course::published).filter(p -> access.mayLearn(caller, p)).isPresent();
  }
}
