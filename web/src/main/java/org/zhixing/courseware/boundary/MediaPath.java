package org.zhixing.courseware.boundary;

/**
 * The parts of a media URL's path after {@code /media}: {@code /<token>/<assetId>[/<derived path>]}. The derived path
 * is only split off here; whether it names a file is for the content store's path check to say.
 */
record MediaPath(String token, String assetId, String derived) {

  static MediaPath parse(String pathInfo) {
    if (pathInfo == null || !pathInfo.startsWith("/")) {
      return null;
    }
    String[] parts = pathInfo.substring(1).split("/", 3);
    if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return null;
    }
    return new MediaPath(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
  }
}
