package org.zhixing.courseware.boundary;

import java.time.Instant;

/**
 * A signed link to an asset's original, {@code /media/<token>/<assetId>}, relative to the application's root. Derived
 * files share the token: append their path, e.g. {@code /hls/master.m3u8}.
 */
public record MediaLink(String path, Instant expiresAt) {}
