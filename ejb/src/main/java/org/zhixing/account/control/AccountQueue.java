package org.zhixing.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account worker of this node. It wakes when accounts are queued, when the server starts (picking up what a stop
 * cut short) and once a minute (failures whose back-off has passed), then drains the queue in batches: each batch is
 * claimed in one transaction, sent to Keycloak by {@value #PARALLEL} requests at a time (Keycloak's CPU, not the
 * network, limits it; more in parallel only queue up there), and recorded in one transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountQueue {

  private static final Logger LOG = Logger.getLogger(AccountQueue.class.getName());
  static final int PARALLEL = 4;
  private static final int BATCH = PARALLEL * 25;
  /** Long enough for a batch even when Keycloak answers slowly; a dead node's accounts are due again after it. */
  private static final Duration LEASE = Duration.ofMinutes(1);

  @Inject AccountLedger ledger;
  @Inject AccountProvisioner provisioner;
  @Resource ManagedExecutorService executor;

  private final AtomicBoolean working = new AtomicBoolean();
  private volatile boolean stopping;

  @PostConstruct
  void resume() {
    wake();
  }

  /** The batch in hand stays leased and is due again after the lease, on this node's next start or another node. */
  @PreDestroy
  void stop() {
    stopping = true;
  }

  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountsQueued queued) {
    wake();
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  void everyMinute() {
    wake();
  }

  /** Starts the worker unless it runs already; it drains what is due and stops. */
  public void wake() {
    if (!stopping && working.compareAndSet(false, true)) {
      executor.submit(this::drain);
    }
  }

  private void drain() {
    boolean drained = false;
    try {
      drained = drainWhileKeycloakAnswers();
    } catch (RuntimeException e) {
      if (stopping) {
        LOG.fine(() -> "The account worker stopped with the server: " + e);
      } else {
        LOG.log(Level.SEVERE, "The account worker stopped; it starts again within a minute", e);
      }
    } finally {
      working.set(false);
    }
    // Accounts queued between the last claim and the flag going down found the worker busy: look once more.
    if (drained && ledger.anyDue()) {
      wake();
    }
  }

  /** @return true when nothing is due any more; false when a whole batch failed (Keycloak down?): the timer retries */
  private boolean drainWhileKeycloakAnswers() {
    for (var batch = ledger.claimDue(BATCH, LEASE); !batch.isEmpty() && !stopping;
        batch = ledger.claimDue(BATCH, LEASE)) {
      List<AccountOutcome> outcomes = provision(batch);
      ledger.record(outcomes);
      if (outcomes.stream().allMatch(AccountOutcome.Failed.class::isInstance)) {
        LOG.warning(() -> "No account of a batch could be provisioned, the worker waits for its timer: "
            + ((AccountOutcome.Failed) outcomes.getFirst()).error());
        return false;
      }
    }
    return true;
  }

  private List<AccountOutcome> provision(List<AccountWork> batch) {
    var lanes = new ArrayList<CompletableFuture<List<AccountOutcome>>>();
    for (int lane = 0; lane < PARALLEL; lane++) {
      List<AccountWork> share = new ArrayList<>();
      for (int i = lane; i < batch.size(); i += PARALLEL) {
        share.add(batch.get(i));
      }
      lanes.add(CompletableFuture.supplyAsync(() -> share.stream().map(this::attempt).toList(), executor));
    }
    return lanes.stream().flatMap(lane -> lane.join().stream()).toList();
  }

  private AccountOutcome attempt(AccountWork work) {
    try {
      return new AccountOutcome.Done(work, provisioner.provision(work));
    } catch (KeycloakUnavailableException e) {
      return new AccountOutcome.Failed(work, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Provisioning the account of person " + work.personId() + " failed", e);
      return new AccountOutcome.Failed(work, "internal error: " + e);
    }
  }
}
