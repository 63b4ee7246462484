package org.zhixing.courseware.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.zhixing.courseware.entity.LessonContent;
import org.zhixing.platform.security.Caller;

/** Turns what an editor picked (an asset, or text) into lesson content, with the kind and length of the asset. */
@ApplicationScoped
public class LessonAssets {

  public LessonContent content(Caller caller, UUID assetId, String bodyHtml) {
    if (assetId == null) {
      return LessonContent.ofText(bodyHtml);
    }
    throw new UnknownAssetException(assetId.toString());
  }
}
