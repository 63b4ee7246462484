package org.zhixing.account.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhixing.account.control.ProvisioningStatus;
import org.zhixing.account.entity.AccountState;

/** How provisioning stands in a subtree: counts by state, and the failures with their reasons. */
public record ProvisioningView(
    long pending, long active, long disabled, long failed, long total, List<FailureView> failures) {

  public record FailureView(
      long personId, String name, String username, int attempts, String error, Instant nextAttemptAt) {}

  static ProvisioningView of(ProvisioningStatus status) {
    Map<AccountState, Long> counts = status.counts();
    return new ProvisioningView(
        counts.get(AccountState.PENDING),
        counts.get(AccountState.ACTIVE),
        counts.get(AccountState.DISABLED),
        counts.get(AccountState.FAILED),
        counts.values().stream().mapToLong(Long::longValue).sum(),
        status.failures().stream()
            .map(f -> new FailureView(f.personId(), f.name(), f.username(), f.attempts(), f.error(), f.nextAttemptAt()))
            .toList());
  }
}
