package org.zhixing.notify.control;

import java.util.List;
import org.zhixing.notify.entity.Notice;

/**
 * One way of reaching people. Every channel that is {@link #active()} gets each notice once per person: the caller
 * ({@code Notifications}) has already written the sent log and passes only the people new to this channel.
 */
public interface ReminderChannel {

  /** The name kept in the sent log: INBOX, MAIL, SMS. */
  String name();

  /** Whether this channel is configured here; an inactive one records and sends nothing. */
  boolean active();

  /** Delivers, inside the sending transaction; anything leaving the system should wait for its commit. */
  void deliver(Notice notice, List<String> usernames);
}
