package org.zhixing.notify.entity;

import java.util.Objects;

/** Someone a notice goes to, by sign-in name: the inbox is per account, and contact addresses are kept by it too. */
public record Recipient(String username) {

  public Recipient {
    Objects.requireNonNull(username, "username");
  }
}
