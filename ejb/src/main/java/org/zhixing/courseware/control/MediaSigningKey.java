package org.zhixing.courseware.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The key and lifetime of media links. The key is {@code zhixing.media.signing-key} when set (at least 32
 * characters; e.g. from a secret store, the same on every node); otherwise one is made at the first start and kept in
 * the database, so that every node sharing the database checks the links the others signed. The lifetime is
 * {@code zhixing.media.link-ttl} (ISO-8601, default PT4H: a long lesson plus a break, short enough that a leaked link
 * soon stops working).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@Lock(LockType.READ)
public class MediaSigningKey {

  private static final Logger LOG = Logger.getLogger(MediaSigningKey.class.getName());
  private static final Duration DEFAULT_TTL = Duration.ofHours(4);

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  private MediaSigner signer;
  private Duration ttl;

  @PostConstruct
  void load() {
    String configured = System.getProperty("zhixing.media.signing-key");
    byte[] key = configured != null && !configured.isBlank()
        ? configured.getBytes(StandardCharsets.UTF_8)
        : sharedKey();
    signer = new MediaSigner(key, Clock.systemUTC());
    ttl = linkTtl();
  }

  public MediaSigner signer() {
    return signer;
  }

  public Duration ttl() {
    return ttl;
  }

  /** The key in the database; the first node to get here makes it, the others read the same row. */
  private byte[] sharedKey() {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery("insert into media_signing_key (id, secret) values (1, ?1) on conflict (id) do nothing")
        .setParameter(1, fresh)
        .executeUpdate();
    return (byte[]) em.createNativeQuery("select secret from media_signing_key where id = 1").getSingleResult();
  }

  private static Duration linkTtl() {
    String configured = System.getProperty("zhixing.media.link-ttl");
    if (configured == null || configured.isBlank()) {
      return DEFAULT_TTL;
    }
    try {
      Duration ttl = Duration.parse(configured);
      if (ttl.isNegative() || ttl.isZero()) {
        throw new DateTimeParseException("not positive", configured, 0);
      }
      return ttl;
    } catch (DateTimeParseException e) {
      LOG.warning(() -> "zhixing.media.link-ttl=" + configured + " is not a positive ISO-8601 duration; using " + DEFAULT_TTL);
      return DEFAULT_TTL;
    }
  }
}
