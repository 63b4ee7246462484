package org.zhixing.courseware.boundary;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link MediaHandler} in front of the servlet chain, so that {@code /media/*} is answered before any servlet
 * machinery runs (found by Undertow through {@code META-INF/services}). The media links need no login, so nothing of
 * the security handlers is skipped that they would use.
 */
public class MediaExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    var deployment = ((ServletContextImpl) servletContext).getDeployment();
    deploymentInfo.addInitialHandlerChainWrapper(next -> new MediaHandler(next, deployment));
  }
}
