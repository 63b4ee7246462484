package org.zhixing.courseware.boundary;

import java.net.URI;
import java.time.Instant;

/** A signed media URL and when it stops working; the player asks for a fresh one before then. */
public record MediaUrlView(URI url, Instant expiresAt) {}
