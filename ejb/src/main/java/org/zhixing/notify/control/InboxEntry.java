package org.zhixing.notify.control;

import java.time.Instant;

/** One notice in a person's inbox; {@code readAt} is null while unread. */
public record InboxEntry(long id, String kind, String topic, String title, String body, String link, Instant createdAt,
    Instant readAt) {}
