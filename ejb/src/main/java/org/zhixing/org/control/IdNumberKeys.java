package org.zhixing.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.platform.secrets.SharedSecrets;

/** The protection of ID numbers with this installation's two keys: one to encrypt, one to make lookup digests. */
@ApplicationScoped
public class IdNumberKeys {

  @Inject SharedSecrets secrets;

  private volatile IdNumberProtection protection;

  public IdNumberProtection protection() {
    IdNumberProtection made = protection;
    if (made == null) {
      made = new IdNumberProtection(secrets.get("people.id-number.cipher"), secrets.get("people.id-number.digest"));
      protection = made;
    }
    return made;
  }
}
