package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The secret addresses of learners' calendar feeds. A phone's calendar app cannot log in, so the address itself is the
 * credential: 256 random bits, kept only as a SHA-256 digest, one per learner; making a new one revokes the old.
 */
@ApplicationScoped
public class CalendarFeeds {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "zhixing")
  EntityManager em;

  /** A new secret for the learner, replacing any earlier one. */
  public String renew(String username) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.createNativeQuery("""
            insert into calendar_feed (username, secret_digest) values (?1, ?2)
            on conflict (username) do update set secret_digest = excluded.secret_digest, created_at = now()
            """)
        .setParameter(1, username)
        .setParameter(2, digest(secret))
        .executeUpdate();
    return secret;
  }

  public void revoke(String username) {
    em.createNativeQuery("delete from calendar_feed where username = ?1").setParameter(1, username).executeUpdate();
  }

  /** Whose feed this secret opens, if any. */
  @SuppressWarnings("unchecked")
  public Optional<String> owner(String secret) {
    if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    List<String> owners = em.createNativeQuery("select username from calendar_feed where secret_digest = ?1")
        .setParameter(1, digest(secret))
        .getResultList();
    return owners.stream().findFirst();
  }

  private static String digest(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
