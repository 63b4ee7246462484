package org.zhixing.account.boundary;

import org.zhixing.account.entity.PersonAccount;

/** A person's account in a list: its login name and whether it is there yet. */
public record AccountStateView(long personId, String username, String state) {

  static AccountStateView of(PersonAccount account) {
    return new AccountStateView(account.personId(), account.username(), account.state().name());
  }
}
