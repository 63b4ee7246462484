package org.zhixing.org.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A cadre in the tree: who they are, where they serve and in which posts. The phone number is their business key. */
@Entity
@Table(name = "person")
public class Person {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 50)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private Gender gender;

  @Column(nullable = false, length = 11)
  private String phone;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit unit;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_position", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "position", length = 32)
  private Set<Position> positions = EnumSet.noneOf(Position.class);

  @Column(name = "dispatching_unit", length = 100)
  private String dispatchingUnit;

  @Column(length = 100)
  private String username;

  /** The ID number itself is kept encrypted and written by the import with JDBC; the entity only reads what shows. */
  @Column(name = "id_number_digest", length = 64, insertable = false, updatable = false)
  private String idNumberDigest;

  @Column(name = "id_number_tail", length = 4, insertable = false, updatable = false)
  private String idNumberTail;

  /** Set when a newer sheet no longer lists them (after an election); their history stays. */
  @Column(name = "departed_at")
  private Instant departedAt;

  @Version private long version;

  protected Person() {}

  public Person(String name, Gender gender, String phone, OrgUnit unit, Set<Position> positions) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a person needs a name");
    }
    if (phone == null || !MOBILE.matcher(phone).matches()) {
      throw new IllegalArgumentException("not a mainland mobile number: " + phone);
    }
    if (positions == null || positions.isEmpty()) {
      throw new IllegalArgumentException("a person holds at least one position");
    }
    this.name = name.strip();
    this.gender = Objects.requireNonNull(gender, "gender");
    this.phone = phone;
    this.unit = Objects.requireNonNull(unit, "unit");
    this.positions = EnumSet.copyOf(positions);
  }

  /** The phone as shown to admins: first three and last four digits (138****1234). */
  public String maskedPhone() {
    return maskPhone(phone);
  }

  /** The whole number: only for the admins of the person's subtree (see {@code PhoneDisclosure}). */
  public String phone() {
    return phone;
  }

  public static String maskPhone(String phone) {
    return phone.substring(0, 3) + "****" + phone.substring(7);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Gender gender() {
    return gender;
  }

  public OrgUnit unit() {
    return unit;
  }

  public Set<Position> positions() {
    return Collections.unmodifiableSet(positions);
  }

  public String dispatchingUnit() {
    return dispatchingUnit;
  }

  public String username() {
    return username;
  }

  /** The ID number as anyone may see it, the last four characters; empty when none is known. */
  public Optional<String> maskedIdNumber() {
    return Optional.ofNullable(idNumberTail).map(tail -> "*".repeat(14) + tail);
  }

  public Optional<Instant> departedAt() {
    return Optional.ofNullable(departedAt);
  }

  public enum Gender {
    M,
    F
  }
}
