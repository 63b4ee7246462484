package org.zhixing.platform.security;

/** The realm roles of the Keycloak realm {@code zhixing}; the names are the ones tokens carry. */
public enum Role {
  LEARNER,
  TRAINER,
  ORG_ADMIN,
  SYS_ADMIN;

  public static final String LEARNER_NAME = "LEARNER";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String ORG_ADMIN_NAME = "ORG_ADMIN";
  public static final String SYS_ADMIN_NAME = "SYS_ADMIN";
}
