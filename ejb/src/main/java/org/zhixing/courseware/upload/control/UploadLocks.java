package org.zhixing.courseware.upload.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per upload at a time on this node: a second PATCH while the first still streams is answered 423 and the
 * client retries. (Several nodes behind a balancer need sticky routing by upload id, or a database lease: see
 * docs/uploads.md.)
 */
@ApplicationScoped
public class UploadLocks {

  private final Set<UUID> busy = ConcurrentHashMap.newKeySet();

  /** Holds the upload until the returned lock is closed; refuses at once when another request holds it. */
  public Held acquire(UUID id) {
    if (!busy.add(id)) {
      throw new UploadBusyException(id.toString());
    }
    return () -> busy.remove(id);
  }

  /** A held upload, released on close. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
