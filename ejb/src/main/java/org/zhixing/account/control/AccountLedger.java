package org.zhixing.account.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.zhixing.account.entity.AccountState;
import org.zhixing.account.entity.PersonAccount;
import org.zhixing.org.boundary.AccountHolder;
import org.zhixing.org.boundary.PeopleChanged;
import org.zhixing.org.boundary.PeopleRoster;

/**
 * The accounts in the database: what each should be, set when people change, and the queue the worker takes them
 * from. Queuing happens in the transaction that changed the people, so an import and its accounts' work are committed
 * together or not at all; the worker's steps are short transactions of their own.
 */
@Stateless
public class AccountLedger {

  private static final Logger LOG = Logger.getLogger(AccountLedger.class.getName());
  private static final int IDS_PER_QUERY = 1000;
  private static final int FAILURES_LISTED = 50;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  @Inject PeopleRoster roster;
  @Inject CodeVault vault;
  @Inject Event<AccountsQueued> queued;

  private final OneTimeCodes codes = new OneTimeCodes();

  /** After an import: the accounts of the people it wrote follow, in the import's own transaction. */
  public void onPeopleChanged(@Observes PeopleChanged changed) {
    reconcile(changed.unitCode(), holder -> changed.phones().contains(holder.phone()));
  }

  /**
   * Compares people of the subtree with their accounts and queues what differs: new accounts for people serving
   * without one, disabling for the departed, enabling for the reactivated, the new unit for the moved, new names.
   *
   * @param which the people of the subtree to compare
   */
  public int reconcile(String unitCode, Predicate<AccountHolder> which) {
    Instant now = Instant.now();
    List<AccountHolder> holders = roster.inSubtree(unitCode).stream().filter(which).toList();
    Map<Long, PersonAccount> accounts = accountsOf(holders.stream().map(AccountHolder::personId).toList());
    var newcomers = holders.stream()
        .filter(holder -> !accounts.containsKey(holder.personId()) && AccountPlan.needsNewAccount(holder))
        .toList();
    Set<String> taken = takenUsernames(newcomers.stream().map(AccountHolder::phone).toList());
    int queuedNow = 0;
    for (AccountHolder holder : holders) {
      PersonAccount account = accounts.get(holder.personId());
      if (account != null && account.want(AccountPlan.wantedFor(holder), now)) {
        queuedNow++;
      }
    }
    for (AccountHolder holder : newcomers) {
      if (!taken.add(holder.phone())) {
        LOG.warning(() -> "Person %d gets no account: the username %s belongs to another person's account"
            .formatted(holder.personId(), holder.phone()));
        continue;
      }
      em.persist(new PersonAccount(
          holder.personId(), holder.phone(), AccountPlan.wantedFor(holder), vault.seal(codes.next()), now));
      queuedNow++;
    }
    if (queuedNow > 0) {
      queued.fire(new AccountsQueued(queuedNow));
    }
    return queuedNow;
  }

  /** Failed accounts of the subtree are tried again now rather than after their back-off. */
  public int retryFailed(String subtree) {
    List<PersonAccount> failed = em.createQuery("""
            select a from PersonAccount a where a.state = :failed and a.unitPath like :prefix""", PersonAccount.class)
        .setParameter("failed", AccountState.FAILED)
        .setParameter("prefix", subtree + "%")
        .getResultList();
    Instant now = Instant.now();
    failed.forEach(account -> account.retryNow(now));
    if (!failed.isEmpty()) {
      queued.fire(new AccountsQueued(failed.size()));
    }
    return failed.size();
  }

  /**
   * Takes up to {@code max} due accounts for the worker and leases them, so that another node skips them; a worker that
   * dies leaves them due again when the lease ends.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<AccountWork> claimDue(int max, Duration lease) {
    Instant now = Instant.now();
    List<PersonAccount> due = em.createQuery("""
            select a from PersonAccount a
            where a.state in (:pending, :failed) and a.nextAttemptAt <= :now
            order by a.nextAttemptAt, a.personId""", PersonAccount.class)
        .setParameter("pending", AccountState.PENDING)
        .setParameter("failed", AccountState.FAILED)
        .setParameter("now", now)
        .setMaxResults(max)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED in Hibernate
        .getResultList();
    var work = new ArrayList<AccountWork>(due.size());
    for (PersonAccount account : due) {
      account.lease(now.plus(lease));
      work.add(new AccountWork(account.personId(), account.username(), account.keycloakId().orElse(null),
          account.wanted(), account.sealedInitialCode().map(vault::open).orElse(null), account.revision()));
    }
    return work;
  }

  /** Writes what the worker did; people whose accounts now exist get their username linked. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(List<AccountOutcome> outcomes) {
    Instant now = Instant.now();
    var linked = new HashMap<Long, String>();
    Map<Long, PersonAccount> accounts = new HashMap<>();
    em.createQuery("select a from PersonAccount a where a.personId in :ids", PersonAccount.class)
        .setParameter("ids", outcomes.stream().map(outcome -> outcome.work().personId()).toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .forEach(account -> accounts.put(account.personId(), account));
    for (AccountOutcome outcome : outcomes) {
      PersonAccount account = accounts.get(outcome.work().personId());
      if (account == null) {
        continue;
      }
      switch (outcome) {
        case AccountOutcome.Done done -> {
          account.provisioned(done.keycloakId(), done.work().revision(), now);
          linked.put(account.personId(), account.username());
        }
        case AccountOutcome.Failed failed -> account.failed(failed.error(), now);
      }
    }
    roster.linkUsernames(linked);
  }

  public boolean anyDue() {
    return !em.createQuery("""
            select a.personId from PersonAccount a where a.state in (:pending, :failed) and a.nextAttemptAt <= :now""",
            Long.class)
        .setParameter("pending", AccountState.PENDING)
        .setParameter("failed", AccountState.FAILED)
        .setParameter("now", Instant.now())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public ProvisioningStatus status(String subtree) {
    Map<AccountState, Long> counts = new EnumMap<>(AccountState.class);
    for (AccountState state : AccountState.values()) {
      counts.put(state, 0L);
    }
    em.createQuery("""
            select a.state, count(a) from PersonAccount a where a.unitPath like :prefix group by a.state""",
            Object[].class)
        .setParameter("prefix", subtree + "%")
        .getResultList()
        .forEach(row -> counts.put((AccountState) row[0], (Long) row[1]));
    List<ProvisioningStatus.Failure> failures = em.createQuery("""
            select a from PersonAccount a where a.state = :failed and a.unitPath like :prefix
            order by a.attempts desc, a.personId""", PersonAccount.class)
        .setParameter("failed", AccountState.FAILED)
        .setParameter("prefix", subtree + "%")
        .setMaxResults(FAILURES_LISTED)
        .getResultStream()
        .map(a -> new ProvisioningStatus.Failure(a.personId(), a.wanted().lastName() + a.wanted().firstName(),
            a.username(), a.attempts(), a.lastError().orElse(""), a.nextAttemptAt().orElse(null)))
        .toList();
    return new ProvisioningStatus(counts, failures);
  }

  public Optional<PersonAccount> account(long personId) {
    return Optional.ofNullable(em.find(PersonAccount.class, personId));
  }

  /** The accounts of these people that lie in the subtree, by person id. */
  public Map<Long, PersonAccount> accountsIn(String subtree, List<Long> personIds) {
    var found = new HashMap<Long, PersonAccount>();
    accountsOf(personIds).forEach((id, account) -> {
      if (account.wanted().unitPath().startsWith(subtree)) {
        found.put(id, account);
      }
    });
    return found;
  }

  /** The one-time initial code, readable while no admin has replaced it. */
  public Optional<String> initialCode(PersonAccount account) {
    return account.sealedInitialCode().map(vault::open);
  }

  private Map<Long, PersonAccount> accountsOf(List<Long> personIds) {
    var found = new HashMap<Long, PersonAccount>();
    for (int from = 0; from < personIds.size(); from += IDS_PER_QUERY) {
      em.createQuery("select a from PersonAccount a where a.personId in :ids", PersonAccount.class)
          .setParameter("ids", personIds.subList(from, Math.min(personIds.size(), from + IDS_PER_QUERY)))
          .getResultStream()
          .forEach(account -> found.put(account.personId(), account));
    }
    return found;
  }

  private Set<String> takenUsernames(List<String> usernames) {
    var taken = new HashSet<String>();
    for (int from = 0; from < usernames.size(); from += IDS_PER_QUERY) {
      taken.addAll(em.createQuery("select a.username from PersonAccount a where a.username in :names", String.class)
          .setParameter("names", usernames.subList(from, Math.min(usernames.size(), from + IDS_PER_QUERY)))
          .getResultList());
    }
    return taken;
  }
}
