package org.zhixing.org.boundary;

import java.util.Optional;

/**
 * What a person's login account is made from: who they are, where they serve and whether they still do.
 *
 * @param unitPath the chain of codes of their unit ({@code /411600000000/411627000000/…/}): a subtree is a prefix
 * @param username the login already linked to them (demo accounts, or one provisioned before), if any
 */
public record AccountHolder(
    long personId, String name, String phone, String unitCode, String unitPath, boolean departed, String username) {

  public Optional<String> linkedUsername() {
    return Optional.ofNullable(username);
  }
}
