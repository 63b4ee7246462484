package org.zhixing.platform.secrets;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the application makes for itself, by name. A key is {@code zhixing.secret.<name>} when that is set (from a
 * secret store, the same on every node); otherwise the first node that needs it makes 32 random bytes and stores them
 * in the database, so every node sharing the database uses the same key. Losing the database loses the keys with the
 * data they protect, which is the point of keeping them there rather than on one node's disk.
 */
@Singleton
@Lock(LockType.READ)
public class SharedSecrets {

  private static final int LENGTH = 32;

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  /** The key of this name; made on first use. */
  public byte[] get(String name) {
    return known.computeIfAbsent(name, this::configuredOrStored).clone();
  }

  private byte[] configuredOrStored(String name) {
    String configured = System.getProperty("zhixing.secret." + name);
    if (configured != null && configured.length() >= LENGTH) {
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    byte[] fresh = new byte[LENGTH];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery("insert into app_secret (name, secret) values (?1, ?2) on conflict (name) do nothing")
        .setParameter(1, name)
        .setParameter(2, fresh)
        .executeUpdate();
    return (byte[]) em.createNativeQuery("select secret from app_secret where name = ?1")
        .setParameter(1, name)
        .getSingleResult();
  }
}
