package org.zhixing.notify.control;

import java.util.Map;

/**
 * The seam for an SMS provider (阿里云短信, 腾讯云短信, an operator's gateway): a provider's implementation is a CDI bean
 * of this type annotated {@code @Alternative @Priority(…)}, which then replaces {@link LoggingSmsGateway}. Called after
 * the sending transaction committed, off the request thread.
 */
public interface SmsGateway {

  /** Sends {@code text} to each mobile number (values of {@code mobiles}, keyed by username). */
  void send(String topic, String text, Map<String, String> mobiles);
}
