package org.zhixing.org.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit of the administrative tree (市 → 县/市/区 → 乡/镇/街道 → 行政村/社区), identified by its 12-digit division code.
 *
 * <p>The unit keeps the chain of codes from the root ({@link #path()}), so that "everything under this county" is a
 * prefix match: that is how every admin query is scoped to the caller's subtree.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{12}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 12)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(nullable = false, length = 400)
  private String path;

  @Column(nullable = false)
  private int depth;

  @Embedded private VillageCategories categories;

  /** Set when a merge absorbed the unit: it stays for history but is no longer listed, counted or edited. */
  @Column(name = "retired_at")
  private Instant retiredAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private OrgUnit mergedInto;

  @Version private long version;

  protected OrgUnit() {}

  private OrgUnit(String code, String name, UnitKind kind, OrgUnit parent, VillageCategories categories) {
    if (code == null || !DIVISION_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a division code has 12 digits, was " + code);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an org unit needs a name");
    }
    if (parent == null ? kind != UnitKind.CITY : !kind.mayBeChildOf(parent.kind)) {
      throw new IllegalArgumentException(kind + " cannot be placed under " + (parent == null ? "nothing" : parent.kind));
    }
    this.code = code;
    this.name = name.strip();
    this.kind = kind;
    this.parent = parent;
    this.path = pathUnder(parent, code);
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.categories = kind.isGrassroots() ? categories : VillageCategories.none();
  }

  public static OrgUnit city(String code, String name) {
    return new OrgUnit(code, name, UnitKind.CITY, null, VillageCategories.none());
  }

  public static OrgUnit under(OrgUnit parent, String code, String name, UnitKind kind, VillageCategories categories) {
    return new OrgUnit(code, name, kind, Objects.requireNonNull(parent, "parent"), categories);
  }

  /** The path a unit with this code gets below {@code parent}; also what the bulk loader writes. */
  public static String pathUnder(OrgUnit parent, String code) {
    return (parent == null ? "/" : parent.path) + code + "/";
  }

  public void rename(String newName) {
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("an org unit needs a name");
    }
    this.name = newName.strip();
  }

  /**
   * Sets the Five-Star target and the weak-and-lax year of a village or community; either may be null (none). Whether
   * it was lifted out of poverty is history and stays as it is.
   */
  public void categorize(Integer starTarget, Integer weakYear) {
    if (!kind.isGrassroots()) {
      throw new NotAVillageException(code);
    }
    this.categories = new VillageCategories(starTarget, weakYear, categories().povertyAlleviated());
  }

  /**
   * Places the unit under another parent, keeping its code: its path and depth follow the new parent. The units below
   * it are stored with the old path still, so the returned move says how to rebase them (the repository does that in
   * one statement).
   */
  public SubtreeMove moveUnder(OrgUnit newParent) {
    if (newParent.isRetired() || !kind.mayBeChildOf(newParent.kind) || contains(newParent)
        || newParent.code.equals(parentCode())) {
      throw new UnitMoveNotAllowedException(code, newParent.code);
    }
    SubtreeMove move = new SubtreeMove(code, path, pathUnder(newParent, code), newParent.depth + 1 - depth);
    this.parent = newParent;
    this.path = move.newPath();
    this.depth = newParent.depth + 1;
    return move;
  }

  /**
   * Ends this township in a merge (乡镇合并): it is kept, under its old county and path, so that whatever refers to it
   * keeps its meaning, but it is retired and points to the township that absorbed it. Called before its villages and
   * people move, so that a merge the tree does not allow changes nothing.
   */
  public void retireInto(OrgUnit survivor, Instant at) {
    boolean twoTownships = kind == UnitKind.TOWNSHIP && survivor.kind == UnitKind.TOWNSHIP && !equals(survivor);
    if (!twoTownships || isRetired() || survivor.isRetired() || !survivor.parentCode().equals(parentCode())) {
      throw new UnitMergeNotAllowedException(code, survivor.code);
    }
    this.retiredAt = at;
    this.mergedInto = survivor;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /** Whether {@code other} is this unit or lies anywhere below it. */
  public boolean contains(OrgUnit other) {
    return other.path().startsWith(path);
  }

  /** The codes from the root down to this unit. */
  public List<String> pathCodes() {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /** The parent's code, read from the path so that no lazy load is needed. */
  public String parentCode() {
    List<String> codes = pathCodes();
    return codes.size() < 2 ? null : codes.get(codes.size() - 2);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitKind kind() {
    return kind;
  }

  public OrgUnit parent() {
    return parent;
  }

  public String path() {
    return path;
  }

  public int depth() {
    return depth;
  }

  public long version() {
    return version;
  }

  public VillageCategories categories() {
    return categories == null ? VillageCategories.none() : categories;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgUnit other && code.equals(other.code());
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return kind + " " + code + " " + name;
  }
}
