package org.zhixing.courseware.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.zhixing.content.CoursePack;
import org.zhixing.content.CourseSeed;
import org.zhixing.content.LessonSeed;
import org.zhixing.courseware.entity.AssetKind;
import org.zhixing.courseware.entity.CompletionRule;
import org.zhixing.courseware.entity.Course;
import org.zhixing.courseware.entity.CourseMetadata;
import org.zhixing.courseware.entity.CourseRevision;
import org.zhixing.courseware.entity.LessonContent;
import org.zhixing.courseware.entity.MediaAsset;
import org.zhixing.courseware.transcode.control.HlsLadders;
import org.zhixing.org.boundary.OrgDirectory;
import org.zhixing.org.entity.OrgUnit;
import org.zhixing.policy.boundary.PolicyLibrary;
import org.zhixing.policy.boundary.PolicyTitle;

/**
 * Loads the content pack's Five-Star courses at deploy when demo content is on and no course exists yet: their media
 * into the content store and the asset catalog (documents ready at once with their page counts from the pack, videos
 * queued for their HLS ladder like any upload, playable as MP4 until then), and the courses themselves, published,
 * offered to the city and linked to the policy documents they cite. The store keeps blobs by SHA-256, so running
 * again after the database was reset stores nothing twice. About 1 MB of media: well under a second.
 */
@Singleton
@Startup
@DependsOn("PolicyDemoLoader")
public class CourseDemoLoader {

  static final String AUTHOR = "zhixing-demo";
  private static final Logger LOG = Logger.getLogger(CourseDemoLoader.class.getName());

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject ContentStore store;
  @Inject AssetRepository assets;
  @Inject OrgDirectory org;
  @Inject PolicyLibrary policies;
  @Inject HlsLadders ladders;

  @PostConstruct
  void loadWhenEmpty() {
    if (!Boolean.getBoolean("zhixing.content.demo") || hasCourses()) {
      return;
    }
    long started = System.nanoTime();
    List<CourseSeed> seeds = CoursePack.load().courses();
    seeds.forEach(this::load);
    LOG.info(() -> "Loaded %d demo courses in %d ms".formatted(seeds.size(), (System.nanoTime() - started) / 1_000_000));
  }

  private boolean hasCourses() {
    return !em.createQuery("select c.id from Course c", Long.class).setMaxResults(1).getResultList().isEmpty();
  }

  private void load(CourseSeed seed) {
    OrgUnit unit = org.unitForSystem(seed.unitCode());
    List<Long> policyIds = seed.policyNumbers().stream()
        .map(number -> policies.findByDocNumberForSystem(number)
            .orElseThrow(() -> new IllegalStateException(seed.key() + " cites unknown document " + number)))
        .map(PolicyTitle::id)
        .toList();
    MediaAsset cover = asset(seed.coverFile(), AssetKind.IMAGE, unit);
    CourseMetadata metadata = new CourseMetadata(seed.title(), seed.summary(), cover.id(), seed.creditHours(),
        seed.required(), seed.tags(), unit.code(), unit.path(), policyIds);
    Course course = new Course(unit.code(), unit.path(), metadata, AUTHOR);
    CourseRevision draft = course.draft();
    for (LessonSeed lesson : seed.lessons()) {
      draft.addLesson(lesson.title(), content(lesson, unit), true, CompletionRule.standard(), AUTHOR);
    }
    course.submit(AUTHOR);
    course.approve(AUTHOR);
    em.persist(course);
  }

  private LessonContent content(LessonSeed lesson, OrgUnit unit) {
    return switch (lesson.kind()) {
      case "HTML" -> LessonContent.ofText(lesson.bodyHtml());
      case "VIDEO" -> {
        MediaAsset video = asset(lesson.file(), AssetKind.VIDEO, unit);
        ladders.request(video.id(), video.sha256(), (double) lesson.length());
        yield LessonContent.ofAsset(AssetKind.VIDEO, video.id(), lesson.length(), null);
      }
      case "PDF" -> {
        MediaAsset pdf = asset(lesson.file(), AssetKind.PDF, unit);
        pdf.processed(null, lesson.length(), List.of());
        yield LessonContent.ofAsset(AssetKind.PDF, pdf.id(), null, lesson.length());
      }
      default -> throw new IllegalStateException("unknown lesson kind " + lesson.kind());
    };
  }

  /** Stores a pack file and registers it as an asset of the unit. */
  private MediaAsset asset(String file, AssetKind kind, OrgUnit unit) {
    Path folder = store.newWorkFolder();
    Blob blob;
    try (InputStream in = CoursePack.media(file)) {
      Files.copy(in, folder.resolve(file));
      blob = store.put(folder.resolve(file));
      Files.delete(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store demo media " + file, e);
    }
    MediaAsset asset = new MediaAsset(new MediaAsset.StoredBytes(blob.sha256(), blob.size()), CoursePack.mediaType(file),
        kind, file, new MediaAsset.Owner(unit.code(), unit.path()), AUTHOR, Instant.now());
    assets.add(asset);
    return asset;
  }
}
