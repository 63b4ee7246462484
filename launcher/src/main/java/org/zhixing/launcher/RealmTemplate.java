package org.zhixing.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code zhixing} realm ({@code zhixing-realm.json} next to this class) with the portal's address filled in:
 * {@code @PORTAL_URL@} becomes {@code http://localhost:<port>} and {@code @PORTAL_URL_IP@} becomes
 * {@code http://127.0.0.1:<port>}, in the portal client's redirect URIs, web origins and post-logout redirects;
 * {@code @PROVISIONER_SECRET@} becomes the secret of the {@code zhixing-provisioner} client, with which the application
 * manages the learners' accounts.
 */
public final class RealmTemplate {

    public static final String RESOURCE = "zhixing-realm.json";

    private RealmTemplate() {
    }

    /** The realm JSON for a portal served on {@code portalPort}. */
    public static String forPortalPort(int portalPort, String provisionerSecret) {
        return render(template(), portalPort).replace("@PROVISIONER_SECRET@", provisionerSecret);
    }

    /** The realm JSON as stored, placeholders included. */
    public static String template() {
        try (InputStream in = Objects.requireNonNull(RealmTemplate.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(String template, int portalPort) {
        return template
                .replace("@PORTAL_URL_IP@", "http://127.0.0.1:" + portalPort)
                .replace("@PORTAL_URL@", "http://localhost:" + portalPort);
    }
}
