package org.zhixing.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.zhixing.notify.entity.Notice;

/**
 * Mail, when {@link MailSettings} are configured (off by default), to the people who gave a mail address. The
 * messages leave only after the sending transaction commits ({@link MailOutbox}), so a rolled-back sweep sends none.
 */
@ApplicationScoped
public class MailChannel implements ReminderChannel {

  @Inject ContactBook contacts;
  @Inject Event<MailsDue> due;

  private final MailSettings settings = MailSettings.fromSystemProperties();

  /** Mail to send once the transaction that recorded it has committed. */
  public record MailsDue(Notice notice, List<String> addresses) {}

  @Override
  public String name() {
    return "MAIL";
  }

  @Override
  public boolean active() {
    return settings.configured();
  }

  @Override
  public void deliver(Notice notice, List<String> usernames) {
    Map<String, String> addresses = contacts.mailAddresses(usernames);
    if (!addresses.isEmpty()) {
      due.fire(new MailsDue(notice, List.copyOf(addresses.values())));
    }
  }
}
