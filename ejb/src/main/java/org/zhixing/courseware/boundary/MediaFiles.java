package org.zhixing.courseware.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.zhixing.courseware.control.AssetIds;
import org.zhixing.courseware.control.AssetNotFoundException;
import org.zhixing.courseware.control.AssetRepository;
import org.zhixing.courseware.control.ContentStore;
import org.zhixing.courseware.control.DerivedMediaTypes;
import org.zhixing.courseware.control.DerivedPath;
import org.zhixing.courseware.control.MediaFileNotFoundException;
import org.zhixing.courseware.control.MediaSigner;
import org.zhixing.courseware.control.MediaSigner.MediaGrant;
import org.zhixing.courseware.control.MediaSigningKey;
import org.zhixing.courseware.control.StoredContent;
import org.zhixing.courseware.entity.MediaAsset;

/**
 * What a media link points to. Every request of a video player comes here (each range, each HLS segment), so it
 * opens no transaction: the token is checked with the key in memory, and an asset's blob and type — which never
 * change — are remembered after the first lookup.
 */
@ApplicationScoped
public class MediaFiles {

  private static final int REMEMBERED_ASSETS = 10_000;

  @Inject MediaSigningKey signing;
  @Inject AssetRepository assets;
  @Inject ContentStore store;

  private final Map<UUID, Facts> facts = new ConcurrentHashMap<>();
  /** The key is loaded once at start and never changes while the application runs: no EJB call per request. */
  private volatile MediaSigner signer;

  /**
   * The file for {@code /media/<token>/<assetId>[/<path>]}: refused with 403 when the token is not genuine, not for
   * this asset or expired, and 404 when the asset or the file is not there.
   */
  public MediaFile resolve(String token, String assetId, String path) {
    UUID id = AssetIds.parse(assetId);
    MediaGrant grant = signer().verify(token, id);
    return fileOf(factsOf(id), grant, assetId, path);
  }

  /**
   * As {@link #resolve}, for a thread that must not wait (an I/O thread): empty when the answer needs the database,
   * i.e. the asset was not looked up before. Checks the token with the key in memory and reads only file attributes.
   */
  public Optional<MediaFile> resolveWithoutWaiting(String token, String assetId, String path) {
    UUID id = AssetIds.parse(assetId);
    MediaSigner known = signer;
    Facts asset = facts.get(id);
    if (known == null || asset == null) {
      return Optional.empty();
    }
    return Optional.of(fileOf(asset, known.verify(token, id), assetId, path));
  }

  private MediaFile fileOf(Facts asset, MediaGrant grant, String assetId, String path) {
    if (path == null || path.isEmpty()) {
      StoredContent content = store.content(asset.sha256()).orElseThrow(() -> new MediaFileNotFoundException(assetId));
      return new MediaFile(content, asset.mediaType(), "\"" + asset.sha256() + "\"", grant.username(), grant.expiresAt());
    }
    DerivedPath derived = DerivedPath.parse(path).orElseThrow(() -> new MediaFileNotFoundException(path));
    StoredContent content = store.derived(asset.sha256(), derived).orElseThrow(() -> new MediaFileNotFoundException(path));
    // Derived files are written once, but a re-transcode may replace them: the tag follows size and time.
    String etag = "\"%s-%x-%x\"".formatted(asset.sha256().substring(0, 16), content.size(), content.lastModified().toEpochMilli());
    return new MediaFile(content, DerivedMediaTypes.of(derived), etag, grant.username(), grant.expiresAt());
  }

  private MediaSigner signer() {
    MediaSigner known = signer;
    if (known == null) {
      known = signing.signer();
      signer = known;
    }
    return known;
  }

  private Facts factsOf(UUID id) {
    Facts known = facts.get(id);
    if (known != null) {
      return known;
    }
    MediaAsset asset = assets.find(id).orElseThrow(() -> new AssetNotFoundException(id.toString()));
    if (facts.size() >= REMEMBERED_ASSETS) {
      facts.clear();
    }
    Facts found = new Facts(asset.sha256(), asset.mediaType());
    facts.put(id, found);
    return found;
  }

  /** What never changes about an asset. */
  private record Facts(String sha256, String mediaType) {}
}
