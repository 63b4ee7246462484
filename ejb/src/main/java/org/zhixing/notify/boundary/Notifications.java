package org.zhixing.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhixing.notify.control.ReminderChannel;
import org.zhixing.notify.control.SentLog;
import org.zhixing.notify.entity.Notice;
import org.zhixing.notify.entity.Recipient;

/**
 * Sends a notice to people on every active channel (the portal inbox always; mail and SMS when configured), each person
 * at most once per topic and channel, whoever sends it and however often. Runs in the caller's transaction: the sent
 * log, the inbox rows and the caller's own writes commit together; mail and SMS leave after the commit.
 */
@Stateless
public class Notifications {

  @Inject @Any Instance<ReminderChannel> channels;
  @Inject SentLog sentLog;

  /**
   * Delivers {@code notice} to the {@code recipients} it has not reached yet; a 30,000-person list costs one statement
   * per channel, not one per person.
   *
   * @return how many people were reached now, by channel name (INBOX, MAIL, SMS)
   */
  public Map<String, Integer> send(Notice notice, Collection<Recipient> recipients) {
    List<String> usernames = recipients.stream().map(Recipient::username).distinct().toList();
    Map<String, Integer> reached = new TreeMap<>();
    for (ReminderChannel channel : channels) {
      if (channel.active() && !usernames.isEmpty()) {
        List<String> fresh = sentLog.claim(notice.topic(), channel.name(), usernames);
        if (!fresh.isEmpty()) {
          channel.deliver(notice, fresh);
        }
        reached.put(channel.name(), fresh.size());
      }
    }
    return reached;
  }

  /** How many people a topic has reached so far, by channel. */
  public Map<String, Long> delivered(String topic) {
    return sentLog.counts(topic);
  }
}
