package org.zhixing.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The SMS gateway until a provider is plugged in: logs what would be sent (numbers at FINE only). */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

  @Override
  public void send(String topic, String text, Map<String, String> mobiles) {
    LOG.info(() -> "SMS %s to %d numbers (no provider configured, logged only): %s".formatted(topic, mobiles.size(), text));
    if (LOG.isLoggable(Level.FINE)) {
      mobiles.values().forEach(mobile -> LOG.fine(() -> "SMS " + topic + " → " + mobile));
    }
  }
}
