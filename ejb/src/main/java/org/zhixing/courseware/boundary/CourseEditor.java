package org.zhixing.courseware.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import org.zhixing.courseware.control.AudienceOutOfScopeException;
import org.zhixing.courseware.control.CourseAccess;
import org.zhixing.courseware.control.CourseNotFoundException;
import org.zhixing.courseware.control.CourseRepository;
import org.zhixing.courseware.control.UnusableAssetException;
import org.zhixing.courseware.control.UnknownPolicyException;
import org.zhixing.courseware.entity.Course;
import org.zhixing.courseware.entity.CourseMetadata;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.courseware.entity.AssetKind;
import org.zhixing.courseware.entity.Lesson;
import org.zhixing.courseware.entity.LessonContent;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.entity.ProcessingStatus;
import org.zhixing.courseware.entity.LessonOrderMismatchException;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.platform.security.Caller;
import org.zhixing.policy.boundary.PolicyLibrary;
import org.zhixing.policy.boundary.PolicyTitle;

/**
 * Building and publishing courses. Trainers and admins edit the drafts of courses owned within their subtree and
 * submit them; an org admin of the audience approves (publishes) or rejects with a comment; a published course is
 * revised through a new draft version or retired. A course the caller may not manage or review is not found.
 */
@Stateless
public class CourseEditor {

  @Inject CourseRepository courses;
  @Inject CourseAccess access;
  @Inject OrgDirectory org;
  @Inject PolicyLibrary policies;
  @Inject AssetCatalog assets;

  /** A new course owned by the caller's unit, its first version a draft. */
  public Course create(Caller caller, CourseInput input) {
    OrgUnit owner = org.scopeOf(caller);
    Course course = new Course(owner.code(), owner.path(), metadata(caller, input), caller.username());
    courses.add(course);
    courses.flush();
    return course;
  }

  public CourseRevision describe(Caller caller, long courseId, CourseInput input) {
    CourseRevision draft = managed(caller, courseId).draft();
    draft.describe(metadata(caller, input), caller.username());
    return draft;
  }

  public Lesson addLesson(Caller caller, long courseId, LessonInput input) {
    CourseRevision draft = managed(caller, courseId).draft();
    Lesson lesson =
        draft.addLesson(input.title(), content(caller, input), input.required(),
            input.rule(), caller.username());
    courses.flush();
    return lesson;
  }

  public Lesson changeLesson(Caller caller, long courseId, long lessonId, LessonInput input) {
    CourseRevision draft = managed(caller, courseId).draft();
    return draft.changeLesson(draft.lesson(lessonId).key(), input.title(),
        content(caller, input), input.required(), input.rule(), caller.username());
  }

  public void removeLesson(Caller caller, long courseId, long lessonId) {
    CourseRevision draft = managed(caller, courseId).draft();
    draft.removeLesson(draft.lesson(lessonId).key(), caller.username());
  }

  /** Puts the draft's lessons in this order of lesson ids, which must name each of them once. */
  public CourseRevision reorder(Caller caller, long courseId, List<Long> lessonIds) {
    CourseRevision draft = managed(caller, courseId).draft();
    if (new HashSet<>(lessonIds).size() != lessonIds.size()) {
      throw new LessonOrderMismatchException(draft.lessons().size());
    }
    draft.reorder(lessonIds.stream().map(id -> draft.lesson(id).key()).toList(), caller.username());
    return draft;
  }

  /**
   * Sends the draft for review once every lesson asset is processed; the lessons take the assets' measured length
   * then (processing may have finished after the lesson was added), which leaves their fingerprints unchanged.
   */
  public Course submit(Caller caller, long courseId) {
    Course course = managed(caller, courseId);
    CourseRevision draft = course.draft();
    for (Lesson lesson : draft.lessons()) {
      if (lesson.assetId() != null) {
        MediaAsset asset = assets.find(caller, lesson.assetId());
        if (asset.status() != ProcessingStatus.READY) {
          throw new UnusableAssetException(asset.id().toString());
        }
        draft.changeLesson(lesson.key(), lesson.title(), content(asset), lesson.required(), lesson.rule(), caller.username());
      }
    }
    course.submit(caller.username());
    return course;
  }

  public Course approve(Caller caller, long courseId) {
    Course course = reviewed(caller, courseId);
    course.approve(caller.username());
    return course;
  }

  public Course reject(Caller caller, long courseId, String comment) {
    Course course = reviewed(caller, courseId);
    course.reject(caller.username(), comment);
    return course;
  }

  public Course retire(Caller caller, long courseId) {
    Course course = reviewed(caller, courseId);
    course.retire(caller.username());
    return course;
  }

  /** Opens the next version of a published course as a draft, with the same lessons and lesson keys. */
  public Course newVersion(Caller caller, long courseId) {
    Course course = managed(caller, courseId);
    course.newVersion(caller.username());
    courses.flush();
    return course;
  }

  private Course managed(Caller caller, long courseId) {
    return courses.find(courseId)
        .filter(course -> access.mayManage(caller, course))
        .orElseThrow(() -> new CourseNotFoundException(courseId));
  }

  private Course reviewed(Caller caller, long courseId) {
    return courses.find(courseId)
        .filter(course -> access.mayReview(caller, course))
        .orElseThrow(() -> new CourseNotFoundException(courseId));
  }

  private LessonContent content(Caller caller, LessonInput input) {
    if (input.assetId() == null) {
      return LessonContent.ofText(input.bodyHtml());
    }
    MediaAsset asset = assets.find(caller, input.assetId());
    if (asset.status() == ProcessingStatus.FAILED) {
      throw new UnusableAssetException(asset.id().toString());
    }
    return content(asset);
  }

  private static LessonContent content(MediaAsset asset) {
    Integer seconds = asset.durationSeconds().map(d -> (int) Math.round(d)).orElse(null);
    return LessonContent.ofAsset(asset.kind(), asset.id(), seconds, asset.pageCount().orElse(null));
  }

  /** The editor's input with the audience resolved within their scope and the cited documents checked. */
  private CourseMetadata metadata(Caller caller, CourseInput input) {
    OrgUnit scope = org.scopeOf(caller);
    OrgUnit offered = input.offeredUnitCode() == null ? scope : org.unitForSystem(input.offeredUnitCode());
    if (!scope.contains(offered)) {
      throw new AudienceOutOfScopeException(offered.code());
    }
    if (input.coverAssetId() != null && assets.find(caller, input.coverAssetId()).kind() != AssetKind.IMAGE) {
      throw new UnusableAssetException(input.coverAssetId().toString());
    }
    List<Long> policyIds = input.policyIds() == null ? List.of() : input.policyIds().stream().distinct().toList();
    List<Long> readable = policies.titles(caller, policyIds).stream().map(PolicyTitle::id).toList();
    policyIds.stream().filter(id -> !readable.contains(id)).findFirst().ifPresent(id -> {
      throw new UnknownPolicyException(id);
    });
    return new CourseMetadata(input.title(), input.summary(), input.coverAssetId(), input.creditHours(), input.required(),
        input.tags(), offered.code(), offered.path(), policyIds);
  }
}
