package org.zhixing.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhixing.platform.secrets.SealedText;
import org.zhixing.platform.secrets.SharedSecrets;

/** Keeps one-time codes sealed in the database with the application's key {@code account-codes}. */
@ApplicationScoped
public class CodeVault {

  @Inject SharedSecrets secrets;

  private volatile SealedText sealing;

  public byte[] seal(String code) {
    return sealing().seal(code);
  }

  public String open(byte[] sealed) {
    return sealing().open(sealed);
  }

  private SealedText sealing() {
    if (sealing == null) {
      sealing = new SealedText(secrets.get("account-codes"));
    }
    return sealing;
  }
}
