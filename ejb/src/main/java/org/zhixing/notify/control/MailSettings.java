package org.zhixing.notify.control;

import java.util.Optional;
import java.util.Properties;

/**
 * How mail leaves the system, from system properties; with none of them set the mail channel is off. Either
 * {@code zhixing.mail.session} names a WildFly mail session by JNDI name (e.g. {@code java:jboss/mail/Default}, set up
 * with the server's CLI), or {@code zhixing.mail.host} (with {@code zhixing.mail.port}, default 25,
 * {@code zhixing.mail.user}/{@code zhixing.mail.password} for SMTP AUTH and {@code zhixing.mail.starttls}) describes an
 * SMTP server directly. {@code zhixing.mail.from} is the sender (default {@code zhixing@localhost}).
 */
public record MailSettings(Optional<String> jndiSession, Optional<String> host, int port, Optional<String> user,
    Optional<String> password, boolean startTls, String from) {

  public static MailSettings fromSystemProperties() {
    return new MailSettings(property("zhixing.mail.session"), property("zhixing.mail.host"),
        Integer.getInteger("zhixing.mail.port", 25), property("zhixing.mail.user"), property("zhixing.mail.password"),
        Boolean.getBoolean("zhixing.mail.starttls"), property("zhixing.mail.from").orElse("zhixing@localhost"));
  }

  public boolean configured() {
    return jndiSession.isPresent() || host.isPresent();
  }

  /** The Jakarta Mail properties for a session made here (when no JNDI session is named). */
  public Properties smtpProperties() {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    host.ifPresent(value -> properties.setProperty("mail.smtp.host", value));
    properties.setProperty("mail.smtp.port", String.valueOf(port));
    properties.setProperty("mail.smtp.auth", String.valueOf(user.isPresent()));
    properties.setProperty("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.setProperty("mail.smtp.connectiontimeout", "10000");
    properties.setProperty("mail.smtp.timeout", "10000");
    return properties;
  }

  private static Optional<String> property(String name) {
    return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank());
  }
}
