package org.zhixing.courseware.control;

import java.util.UUID;

/** Asset ids as they come in URLs: only the canonical spelling of a UUID names an asset. */
public final class AssetIds {

  private AssetIds() {}

  /** The id, or asset-not-found for anything else (UUID.fromString would also take short forms like 1-1-1-1-1). */
  public static UUID parse(String text) {
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equals(text)) {
        return id;
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // reported below, like an id that names nothing
    }
    throw new AssetNotFoundException(String.valueOf(text));
  }
}
