package org.zhixing.notify.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.zhixing.notify.control.MailChannel.MailsDue;

/**
 * Sends the mail a committed transaction recorded, off the request thread, one connection for a notice's addresses.
 * A failure is logged, not retried: the sent log already says "sent", because sending twice is worse than once less
 * for a reminder (the inbox still has it).
 */
@ApplicationScoped
public class MailOutbox {

  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  @Resource ManagedExecutorService executor;

  private final MailSettings settings = MailSettings.fromSystemProperties();

  public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailsDue due) {
    executor.execute(() -> send(due));
  }

  private void send(MailsDue due) {
    try {
      Session session = session();
      try (Transport transport = session.getTransport()) {
        connect(transport);
        for (String address : due.addresses()) {
          MimeMessage message = new MimeMessage(session);
          message.setFrom(new InternetAddress(settings.from()));
          message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
          message.setSubject(due.notice().title(), StandardCharsets.UTF_8.name());
          message.setText(due.notice().body(), StandardCharsets.UTF_8.name());
          message.setSentDate(new Date());
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
        }
      }
      LOG.info(() -> "Mailed %s to %d addresses".formatted(due.notice().topic(), due.addresses().size()));
    } catch (MessagingException | NamingException e) {
      LOG.log(Level.WARNING, "Mailing " + due.notice().topic() + " failed; the inbox still holds it", e);
    }
  }

  private Session session() throws NamingException {
    if (settings.jndiSession().isPresent()) {
      return (Session) new InitialContext().lookup(settings.jndiSession().get());
    }
    Authenticator login = settings.user().map(user -> new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, settings.password().orElse(""));
      }
    }).orElse(null);
    return Session.getInstance(settings.smtpProperties(), login);
  }

  private void connect(Transport transport) throws MessagingException {
    if (settings.jndiSession().isEmpty() && settings.user().isPresent()) {
      transport.connect(settings.host().orElseThrow(), settings.port(), settings.user().get(), settings.password().orElse(""));
    } else {
      transport.connect();
    }
  }
}
