package org.zhixing.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The Keycloak account of one person: what it should be (enabled or not, names, org unit) and whether Keycloak has it
 * so yet. Every change of what it should be puts it back to {@link AccountState#PENDING}; the worker records success
 * or failure. The initial one-time code is kept sealed until an admin replaces it by a reset.
 */
@Entity
@Table(name = "person_account")
public class PersonAccount {

  private static final int MAX_ERROR = 500;
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final Duration LAST_RETRY = Duration.ofHours(1);

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(nullable = false, length = 100, updatable = false)
  private String username;

  @Column(name = "keycloak_id", length = 36)
  private String keycloakId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AccountState state;

  @Column(name = "wanted_enabled", nullable = false)
  private boolean wantedEnabled;

  @Column(name = "first_name", nullable = false, length = 50)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 50)
  private String lastName;

  @Column(name = "unit_code", nullable = false, length = 12)
  private String unitCode;

  @Column(name = "unit_path", nullable = false, length = 400)
  private String unitPath;

  @Column(name = "initial_code")
  private byte[] initialCode;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Counts the changes of what the account should be, so the worker knows whether it made the latest one. */
  @Column(nullable = false)
  private long revision;

  protected PersonAccount() {}

  /** A new account to create, with its sealed initial code. */
  public PersonAccount(long personId, String username, Wanted wanted, byte[] sealedInitialCode, Instant now) {
    this.personId = personId;
    this.username = Objects.requireNonNull(username, "username");
    this.initialCode = Objects.requireNonNull(sealedInitialCode, "initial code");
    apply(wanted);
    queue(now);
  }

  /** What the account should be. */
  public record Wanted(boolean enabled, String firstName, String lastName, String unitCode, String unitPath) {}

  public Wanted wanted() {
    return new Wanted(wantedEnabled, firstName, lastName, unitCode, unitPath);
  }

  /** Changes what the account should be; a change is work for the worker. */
  public boolean want(Wanted wanted, Instant now) {
    if (wanted.equals(wanted())) {
      return false;
    }
    apply(wanted);
    queue(now);
    return true;
  }

  /** Asks for the account to be made right now, without waiting for the back-off of a failure. */
  public void retryNow(Instant now) {
    if (state == AccountState.FAILED) {
      nextAttemptAt = now;
      updatedAt = now;
    }
  }

  /** The worker takes the account: other nodes leave it alone until {@code until}, when it is due again. */
  public void lease(Instant until) {
    nextAttemptAt = until;
  }

  /** Keycloak has the account as wanted in {@code provisionedRevision} (unless it was changed again since). */
  public void provisioned(String keycloakId, long provisionedRevision, Instant now) {
    this.keycloakId = keycloakId;
    updatedAt = now;
    if (provisionedRevision != revision) {
      return; // wanted again differently meanwhile: stays PENDING
    }
    state = wantedEnabled ? AccountState.ACTIVE : AccountState.DISABLED;
    attempts = 0;
    lastError = null;
    nextAttemptAt = null;
  }

  /** The attempt failed; the next one waits 30 s, doubling with every failure up to an hour. */
  public void failed(String error, Instant now) {
    if (!state.hasWork()) {
      return; // a stale attempt of a worker that lost its lease
    }
    attempts++;
    state = AccountState.FAILED;
    lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    nextAttemptAt = now.plus(retryDelay(attempts));
    updatedAt = now;
  }

  static Duration retryDelay(int attempts) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
  }

  /** An admin set a new one-time password: the initial code no longer works and is forgotten. */
  public void forgetInitialCode() {
    initialCode = null;
  }

  public long personId() {
    return personId;
  }

  public String username() {
    return username;
  }

  public Optional<String> keycloakId() {
    return Optional.ofNullable(keycloakId);
  }

  public AccountState state() {
    return state;
  }

  public Optional<byte[]> sealedInitialCode() {
    return Optional.ofNullable(initialCode);
  }

  public int attempts() {
    return attempts;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public long revision() {
    return revision;
  }

  private void apply(Wanted wanted) {
    revision++;
    wantedEnabled = wanted.enabled();
    firstName = wanted.firstName();
    lastName = wanted.lastName();
    unitCode = wanted.unitCode();
    unitPath = wanted.unitPath();
  }

  private void queue(Instant now) {
    state = AccountState.PENDING;
    attempts = 0;
    lastError = null;
    nextAttemptAt = now;
    updatedAt = now;
  }
}
