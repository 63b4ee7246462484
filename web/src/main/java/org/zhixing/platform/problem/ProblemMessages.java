package org.zhixing.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one place user-facing error texts come from: {@code messages.properties} (中文) and its English twin. */
public final class ProblemMessages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "org.zhixing.platform.problem.messages";

  private ProblemMessages() {}

  /** English when the client prefers it, Chinese otherwise: the portal's users are Chinese first. */
  public static Locale localeFor(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("zh".equals(locale.getLanguage())) {
        return CHINESE;
      }
    }
    return CHINESE;
  }

  public static String title(String type, Locale locale) {
    return text(type + ".title", locale);
  }

  public static String detail(String type, Locale locale, List<Object> arguments) {
    return new MessageFormat(text(type + ".detail", locale), locale).format(arguments.toArray());
  }

  private static String text(String key, Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No message " + key + " in " + BUNDLE, e);
    }
  }
}
