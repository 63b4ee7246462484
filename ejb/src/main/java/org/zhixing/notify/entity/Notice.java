package org.zhixing.notify.entity;

import java.util.Objects;

/**
 * One message to many people. {@code topic} names what the notice is about so that it goes out once: a second send
 * with the same topic reaches nobody who already has it on that channel (e.g. {@code session-reminder:812:PT1H} for
 * occurrence 812's one-hour reminder). {@code kind} groups notices for the inbox ({@code SESSION_REMINDER}); {@code link}
 * is a portal path to open, or null.
 */
public record Notice(String topic, String kind, String title, String body, String link) {

  public static final int TOPIC_LENGTH = 120;

  public Notice {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    if (topic.isBlank() || topic.length() > TOPIC_LENGTH) {
      throw new IllegalArgumentException("A notice's topic has 1 to " + TOPIC_LENGTH + " characters: " + topic);
    }
  }
}
