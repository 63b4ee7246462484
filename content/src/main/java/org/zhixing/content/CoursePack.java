package org.zhixing.content;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo Five-Star courses: one on the campaign as a whole and one per star, with HTML lessons, short generated
 * videos and PDF handouts (the media under {@code courses/media/}, made by {@code content/tools/course-media.sh}).
 * Demo texts written from public information; see content/README.md, "Courses".
 */
public final class CoursePack {

  static final String FILE = "courses/five-star-courses.txt";
  private static final String MEDIA = "courses/media/";
  private static final Set<String> KINDS = Set.of("HTML", "VIDEO", "PDF");

  private final List<CourseSeed> courses;

  private CoursePack(List<CourseSeed> courses) {
    this.courses = List.copyOf(courses);
  }

  /** Reads and checks the course source (a few milliseconds); every media file it names must be in the pack. */
  public static CoursePack load() {
    List<CourseSeed> courses = new CourseReader(SourceFiles.lines(FILE)).courses();
    Set<String> keys = new HashSet<>();
    for (CourseSeed course : courses) {
      if (!keys.add(course.key())) {
        throw new IllegalStateException("course " + course.key() + " appears twice");
      }
      List<String> files = new ArrayList<>(List.of(course.coverFile()));
      course.lessons().stream().filter(l -> l.file() != null).forEach(l -> files.add(l.file()));
      files.forEach(file -> {
        if (CoursePack.class.getResource(MEDIA + file) == null) {
          throw new IllegalStateException("course " + course.key() + " names missing media " + file);
        }
      });
    }
    return new CoursePack(courses);
  }

  public List<CourseSeed> courses() {
    return courses;
  }

  /** A media file of the pack (a cover, video or handout), to be read once and closed by the caller. */
  public static InputStream media(String file) {
    InputStream in = CoursePack.class.getResourceAsStream(MEDIA + file);
    if (in == null) {
      throw new IllegalArgumentException("no media file " + file + " in the content pack");
    }
    return in;
  }

  /** The media type of a pack file, by its extension (the pack's own files, so the name is trustworthy). */
  public static String mediaType(String file) {
    String extension = file.substring(file.lastIndexOf('.') + 1);
    return switch (extension) {
      case "mp4" -> "video/mp4";
      case "pdf" -> "application/pdf";
      case "png" -> "image/png";
      default -> throw new IllegalArgumentException("unknown media file type " + file);
    };
  }

  /** Reads {@code @@ key} blocks: header fields, {@code --}, then {@code lesson:} lines and HTML paragraphs. */
  private static final class CourseReader {

    private final List<SourceLine> lines;
    private int next;

    CourseReader(List<SourceLine> lines) {
      this.lines = lines;
    }

    List<CourseSeed> courses() {
      List<CourseSeed> courses = new ArrayList<>();
      while (next < lines.size()) {
        courses.add(course());
      }
      return courses;
    }

    private CourseSeed course() {
      SourceLine start = lines.get(next++);
      if (!start.text().startsWith("@@ ")) {
        throw start.error("expected '@@ key'");
      }
      Map<String, String> header = new HashMap<>();
      while (next < lines.size() && !lines.get(next).text().equals("--")) {
        SourceLine line = lines.get(next++);
        int colon = line.text().indexOf(':');
        if (colon < 0 || header.put(line.text().substring(0, colon).strip(), line.text().substring(colon + 1).strip()) != null) {
          throw line.error("expected a header field 'name: value' given once");
        }
      }
      next++;
      List<LessonSeed> lessons = new ArrayList<>();
      while (next < lines.size() && !lines.get(next).text().startsWith("@@ ")) {
        lessons.add(lesson());
      }
      if (lessons.isEmpty()) {
        throw start.error("a course needs lessons");
      }
      return new CourseSeed(start.text().substring(3).strip(), field(start, header, "title"),
          field(start, header, "summary"), new BigDecimal(field(start, header, "credit")),
          Boolean.parseBoolean(field(start, header, "required")), list(field(start, header, "tags")),
          list(field(start, header, "policies")), field(start, header, "unit"), field(start, header, "cover"), lessons);
    }

    private LessonSeed lesson() {
      SourceLine line = lines.get(next++);
      if (!line.text().startsWith("lesson:")) {
        throw line.error("expected 'lesson: KIND | title'");
      }
      String[] parts = Arrays.stream(line.text().substring(7).split("\\|")).map(String::strip).toArray(String[]::new);
      if (parts.length < 2 || !KINDS.contains(parts[0])) {
        throw line.error("expected a kind of " + KINDS + " and a title");
      }
      if (!parts[0].equals("HTML")) {
        if (parts.length != 4) {
          throw line.error("a media lesson needs '| file | length'");
        }
        return new LessonSeed(parts[1], parts[0], null, parts[2], Integer.parseInt(parts[3]));
      }
      StringBuilder html = new StringBuilder("<p class=\"demo-marker\">").append(CourseSeed.DEMO_MARKER).append("</p>\n");
      while (next < lines.size() && !lines.get(next).text().startsWith("lesson:") && !lines.get(next).text().startsWith("@@ ")) {
        String text = lines.get(next++).text();
        html.append(text.startsWith("§ ") ? "<h3>" + escape(text.substring(2)) + "</h3>\n" : "<p>" + escape(text) + "</p>\n");
      }
      return new LessonSeed(parts[1], "HTML", html.toString().strip(), null, 1);
    }

    private static String field(SourceLine start, Map<String, String> header, String name) {
      String value = header.get(name);
      if (value == null || value.isEmpty()) {
        throw start.error("missing header field " + name);
      }
      return value;
    }

    private static List<String> list(String value) {
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
