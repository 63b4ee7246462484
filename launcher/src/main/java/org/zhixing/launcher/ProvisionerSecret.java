package org.zhixing.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret of the realm's {@code zhixing-provisioner} client, with which the application manages the learners'
 * Keycloak accounts. Keycloak keeps the realm it imported on the first start, so the secret must stay the same from
 * one start to the next: it is made once and kept in the data folder, readable by the owner only. WildFly gets it as
 * the system property {@value #PROPERTY}.
 */
public final class ProvisionerSecret {

    public static final String PROPERTY = "zhixing.keycloak.provisioner-secret";

    private ProvisionerSecret() {
    }

    /** The secret kept in {@code file}, made there first when the file does not exist. */
    public static String keptIn(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
                Files.createFile(file, ownerOnly);
                Files.writeString(file, random() + System.lineSeparator());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh secret, for a realm that lives as long as one run (tests, benchmarks). */
    public static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
