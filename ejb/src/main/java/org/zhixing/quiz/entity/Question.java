package org.zhixing.quiz.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A question of a bank, and how an answer to it is scored. Choice answers are keys of the authored options (A is the
 * first), whatever order a learner was shown them in; a multiple-choice answer scores only when it is exactly right;
 * fill-in answers score per blank, any accepted variant counting ({@link AnswerText#normalize}).
 */
@Entity
@Table(name = "quiz_question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bank_id")
  private QuestionBank bank;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private QuestionType type;

  @Column(nullable = false)
  private String stem;

  private String answer;

  private String explanation;

  private String rubric;

  private int difficulty;

  /** A media asset of the courseware content store shown with the question, or null. */
  @Column(name = "image_asset_id")
  private UUID imageAssetId;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_question_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", length = QuestionContent.MAX_OPTION)
  private List<String> options = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "quiz_question_tag", joinColumns = @JoinColumn(name = "question_id"))
  @Column(name = "tag", length = QuestionContent.MAX_TAG)
  private Set<String> tags = new LinkedHashSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Question() {}

  public Question(QuestionBank bank, QuestionContent content) {
    this.bank = Objects.requireNonNull(bank, "bank");
    rewrite(content);
  }

  /** Replaces everything the trainer wrote; refused as a whole when anything is wrong. */
  public void rewrite(QuestionContent content) {
    List<QuestionContent.Problem> problems = content.problems();
    if (!problems.isEmpty()) {
      throw new InvalidQuestionException(problems.getFirst());
    }
    type = content.type();
    stem = content.stem();
    answer = content.storedAnswer();
    explanation = content.explanation();
    rubric = content.rubric();
    difficulty = content.difficulty();
    options.clear();
    options.addAll(content.options());
    tags.clear();
    tags.addAll(content.tags());
  }

  /**
   * The score of a response worth {@code points}, or null for a short answer, which a trainer grades. A missing or
   * malformed response scores nothing.
   */
  public BigDecimal score(List<String> response, BigDecimal points) {
    List<String> given = response == null ? List.of() : response;
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE ->
          AnswerText.choiceKeys(String.join("", given)).filter(answer::equals).isPresent() ? points : BigDecimal.ZERO;
      case TRUE_FALSE ->
          given.size() == 1 && AnswerText.trueFalse(given.getFirst()).filter(answer::equals).isPresent()
              ? points
              : BigDecimal.ZERO;
      case FILL_IN -> fillInScore(given, points);
      case SHORT_ANSWER -> null;
    };
  }

  private BigDecimal fillInScore(List<String> given, BigDecimal points) {
    List<String> blanks = blanks();
    long right = 0;
    for (int i = 0; i < blanks.size() && i < given.size(); i++) {
      String typed = AnswerText.normalize(given.get(i));
      if (!typed.isEmpty() && Arrays.stream(blanks.get(i).split("\\|")).map(AnswerText::normalize).anyMatch(typed::equals)) {
        right++;
      }
    }
    return points.multiply(BigDecimal.valueOf(right)).divide(BigDecimal.valueOf(blanks.size()), 1, RoundingMode.DOWN);
  }

  /** The blanks of a fill-in question, each its accepted variants split by |. */
  private List<String> blanks() {
    return answer == null ? List.of() : List.of(answer.split("\n"));
  }

  /** The content as the trainer wrote it, for editing and export. */
  public QuestionContent content() {
    List<String> answerLines = answer == null ? List.of() : type == QuestionType.FILL_IN || type == QuestionType.SHORT_ANSWER
        ? blanks()
        : List.of(answer);
    return new QuestionContent(type, stem, List.copyOf(options), answerLines, explanation, rubric, difficulty, Set.copyOf(tags));
  }

  /** Shows this image (a stored media asset) with the question from now on, in place of any earlier one. */
  public void showImage(UUID assetId) {
    imageAssetId = assetId;
  }

  public Optional<UUID> imageAssetId() {
    return Optional.ofNullable(imageAssetId);
  }

  public Long id() {
    return id;
  }

  public QuestionBank bank() {
    return bank;
  }

  public QuestionType type() {
    return type;
  }

  public String stem() {
    return stem;
  }

  public List<String> options() {
    return List.copyOf(options);
  }

  public String answer() {
    return answer;
  }

  public String explanation() {
    return explanation;
  }

  public String rubric() {
    return rubric;
  }

  public int difficulty() {
    return difficulty;
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Question other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
