package org.zhixing.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  private static final PersonAccount.Wanted SERVING =
      new PersonAccount.Wanted(true, "建国", "王", "411627101201", "/411600000000/411627000000/411627101000/411627101201/");

  private final PersonAccount account = new PersonAccount(7, "13800001234", SERVING, new byte[] {1}, NOW);

  @Test
  void aNewAccountIsPendingAndDueAtOnce() {
    assertThat(account.state()).isEqualTo(AccountState.PENDING);
    assertThat(account.nextAttemptAt()).contains(NOW);
    assertThat(account.keycloakId()).isEmpty();
  }

  @Test
  void provisioningTheLatestWantedStateMakesItActiveOrDisabled() {
    account.provisioned("kc-1", account.revision(), NOW);
    assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
    assertThat(account.nextAttemptAt()).isEmpty();

    account.want(departed(), NOW);
    assertThat(account.state()).isEqualTo(AccountState.PENDING);
    account.provisioned("kc-1", account.revision(), NOW);
    assertThat(account.state()).isEqualTo(AccountState.DISABLED);
  }

  @Test
  void aChangeWhileTheWorkerWasBusyKeepsTheAccountPending() {
    long taken = account.revision();
    account.want(departed(), NOW);

    account.provisioned("kc-1", taken, NOW);

    assertThat(account.state()).isEqualTo(AccountState.PENDING);
    assertThat(account.keycloakId()).contains("kc-1");
  }

  @Test
  void wantingWhatItIsAlreadyIsNoWork() {
    account.provisioned("kc-1", account.revision(), NOW);
    assertThat(account.want(SERVING, NOW)).isFalse();
    assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
  }

  @Test
  void failuresAreRetriedLaterEachTimeUpToAnHour() {
    account.failed("Keycloak is unreachable", NOW);
    assertThat(account.state()).isEqualTo(AccountState.FAILED);
    assertThat(account.attempts()).isEqualTo(1);
    assertThat(account.nextAttemptAt()).contains(NOW.plusSeconds(30));
    assertThat(account.lastError()).contains("Keycloak is unreachable");

    account.failed("again", NOW);
    assertThat(account.nextAttemptAt()).contains(NOW.plusSeconds(60));
    assertThat(PersonAccount.retryDelay(30)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void retryNowMakesAFailureDueAndSuccessClearsIt() {
    account.failed("down", NOW);
    account.retryNow(NOW.plusSeconds(1));
    assertThat(account.nextAttemptAt()).contains(NOW.plusSeconds(1));

    account.provisioned("kc-1", account.revision(), NOW.plusSeconds(2));
    assertThat(account.attempts()).isZero();
    assertThat(account.lastError()).isEmpty();
  }

  @Test
  void aLateFailureOfALostLeaseDoesNotUndoASuccess() {
    account.provisioned("kc-1", account.revision(), NOW);
    account.failed("timeout of an older attempt", NOW);
    assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
  }

  @Test
  void longErrorsAreCut() {
    account.failed("x".repeat(2000), NOW);
    assertThat(account.lastError().orElseThrow()).hasSize(500);
  }

  private static PersonAccount.Wanted departed() {
    return new PersonAccount.Wanted(false, SERVING.firstName(), SERVING.lastName(), SERVING.unitCode(), SERVING.unitPath());
  }
}
