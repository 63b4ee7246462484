package org.zhixing.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhixing.notify.entity.Notice;

/**
 * SMS through the {@link SmsGateway}, when {@code zhixing.sms.enabled=true} (off by default: without a provider it only
 * logs). Texts go to mobile numbers from the {@link ContactBook}, after the sending transaction commits.
 */
@ApplicationScoped
public class SmsChannel implements ReminderChannel {

  private static final Logger LOG = Logger.getLogger(SmsChannel.class.getName());

  @Inject ContactBook contacts;
  @Inject SmsGateway gateway;
  @Inject Event<TextsDue> due;
  @Resource ManagedExecutorService executor;

  /** Texts to send once the transaction that recorded them has committed. */
  public record TextsDue(Notice notice, Map<String, String> mobiles) {}

  @Override
  public String name() {
    return "SMS";
  }

  @Override
  public boolean active() {
    return Boolean.getBoolean("zhixing.sms.enabled");
  }

  @Override
  public void deliver(Notice notice, List<String> usernames) {
    Map<String, String> mobiles = contacts.mobiles(usernames);
    if (!mobiles.isEmpty()) {
      due.fire(new TextsDue(notice, Map.copyOf(mobiles)));
    }
  }

  public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) TextsDue texts) {
    executor.execute(() -> {
      try {
        gateway.send(texts.notice().topic(), texts.notice().title() + "：" + texts.notice().body(), texts.mobiles());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Sending SMS " + texts.notice().topic() + " failed; the inbox still holds it", e);
      }
    });
  }
}
