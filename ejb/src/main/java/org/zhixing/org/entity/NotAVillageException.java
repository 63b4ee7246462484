package org.zhixing.org.entity;

import org.zhixing.platform.problem.DomainException;

/** Star targets, weak-and-lax years and creation plans belong to villages and communities only. */
public class NotAVillageException extends DomainException {

  public NotAVillageException(String code) {
    super("org-unit-not-a-village", 422, "Org unit %s is not a village or community".formatted(code), code);
  }
}
