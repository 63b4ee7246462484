package org.zhixing.courseware.transcode.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhixing.courseware.boundary.AssetCatalog;
import org.zhixing.courseware.control.ContentStore;
import org.zhixing.courseware.control.DerivedPath;
import org.zhixing.courseware.transcode.entity.TranscodeJob;

/**
 * Gets a stored video its HLS ladder, in the caller's transaction: the ladder the same bytes have already (uploaded
 * before as another asset: no second transcode), else a place in the transcode queue. Without ffmpeg the asset is
 * marked failed with the reason, and players go on getting the original.
 */
@Stateless
public class HlsLadders {

  private static final DerivedPath MASTER_PLAYLIST = new DerivedPath(List.of("hls", "master.m3u8"));

  @Inject ContentStore store;
  @Inject AssetCatalog catalog;
  @Inject TranscodeJobs transcodes;

  private final MediaTools tools = MediaTools.fromSystemProperties();

  public void request(UUID assetId, String sha256, Double seconds) {
    Optional<TranscodeJob> sameBytes = transcodes.readyLadderOf(sha256).filter(job -> hasLadder(sha256));
    if (sameBytes.isPresent()) {
      catalog.recordProcessed(assetId, seconds, null, sameBytes.get().rungs());
    } else if (tools.hasFfmpeg()) {
      transcodes.enqueue(assetId, sha256);
    } else {
      catalog.recordFailure(assetId, "ffmpeg is not installed on the server (" + tools.ffmpeg()
          + "): no HLS, the original video is streamed as it is");
    }
  }

  private boolean hasLadder(String sha256) {
    return store.derived(sha256, MASTER_PLAYLIST).isPresent();
  }
}
