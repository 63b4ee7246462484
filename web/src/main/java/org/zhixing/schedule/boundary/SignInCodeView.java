package org.zhixing.schedule.boundary;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.zhixing.schedule.control.SignInCodes;

/**
 * What the organizer's screen shows: the portal address a phone camera opens to sign in (the code in its query), that
 * address as an SVG QR code, the bare code, and when to fetch the next one.
 */
public record SignInCodeView(String code, String url, String qrSvg, OffsetDateTime refreshAt) {

  static SignInCodeView of(SignInCodes.Current current, URI portal) {
    String url = portal.resolve("sign-in/" + URLEncoder.encode(current.code(), StandardCharsets.UTF_8)).toString();
    return new SignInCodeView(current.code(), url, QrSvg.of(url), ShanghaiTime.of(current.refreshAt()));
  }
}
