package org.zhixing.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.zhixing.platform.secrets.SharedSecrets;

/** The sign-in code maker, keyed by the shared secret {@code schedule-sign-in} so that every node checks every code. */
@ApplicationScoped
public class SignInKey {

  @Inject SharedSecrets secrets;

  private volatile SignInCodes codes;

  public SignInCodes codes() {
    SignInCodes made = codes;
    if (made == null) {
      made = new SignInCodes(secrets.get("schedule-sign-in"), Clock.systemUTC());
      codes = made;
    }
    return made;
  }
}
