package org.zhixing.account.control;

import org.zhixing.account.entity.PersonAccount;
import org.zhixing.org.boundary.AccountHolder;

/** What account a person should have, if any. */
final class AccountPlan {

  private AccountPlan() {}

  /**
   * Whether a person without an account row gets one: not when they departed (nothing to disable), and not when a
   * login is linked to them already (the demo accounts, made with the realm).
   */
  static boolean needsNewAccount(AccountHolder holder) {
    return !holder.departed() && holder.linkedUsername().isEmpty();
  }

  /** Enabled while they serve, named as the sheet names them, in the unit where they serve. */
  static PersonAccount.Wanted wantedFor(AccountHolder holder) {
    NameParts name = NameParts.of(holder.name());
    return new PersonAccount.Wanted(
        !holder.departed(), name.firstName(), name.lastName(), holder.unitCode(), holder.unitPath());
  }
}
