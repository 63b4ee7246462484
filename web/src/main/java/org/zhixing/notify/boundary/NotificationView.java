package org.zhixing.notify.boundary;

import java.time.Instant;
import org.zhixing.notify.control.InboxEntry;

/** One notice as the bell's list shows it. */
public record NotificationView(long id, String kind, String title, String body, String link, Instant createdAt,
    Instant readAt) {

  static NotificationView of(InboxEntry entry) {
    return new NotificationView(entry.id(), entry.kind(), entry.title(), entry.body(), entry.link(), entry.createdAt(),
        entry.readAt());
  }
}
