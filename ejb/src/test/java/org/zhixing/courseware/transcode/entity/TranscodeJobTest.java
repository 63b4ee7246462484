package org.zhixing.courseware.transcode.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TranscodeJobTest {

  private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  private final TranscodeJob job = new TranscodeJob(UUID.randomUUID(), "a".repeat(64), NOW);

  @Test
  void aJobCutShortByARestartRunsAgain() {
    job.start(NOW);
    job.progress(40);

    assertThat(job.requeueAfterRestart()).isTrue();
    assertThat(job.status()).isEqualTo(TranscodeStatus.QUEUED);
    assertThat(job.progress()).isZero();
  }

  @Test
  void aJobThatKeepsDyingWithItsServerGivesUp() {
    for (int i = 0; i < TranscodeJob.MAX_ATTEMPTS; i++) {
      job.start(NOW);
    }

    assertThat(job.requeueAfterRestart()).isFalse();
    assertThat(job.status()).isEqualTo(TranscodeStatus.FAILED);
    assertThat(job.message()).contains("3 attempts");
  }

  @Test
  void progressOnlyMovesForward() {
    job.start(NOW);
    job.progress(60);
    job.progress(30);
    job.progress(250);

    assertThat(job.progress()).isEqualTo(100);
  }

  @Test
  void aReadyJobKeepsItsRungs() {
    job.start(NOW);
    job.ready("240p,360p", NOW);

    assertThat(job.status()).isEqualTo(TranscodeStatus.READY);
    assertThat(job.progress()).isEqualTo(100);
  }
}
