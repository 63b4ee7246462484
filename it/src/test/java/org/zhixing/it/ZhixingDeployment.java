package org.zhixing.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployable as the build made it: tests run against the real EAR, not a hand-picked subset of classes. */
public final class ZhixingDeployment {

  private ZhixingDeployment() {}

  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("zhixing.it.ear")));
  }
}
