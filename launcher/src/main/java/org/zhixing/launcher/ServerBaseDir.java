package org.zhixing.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Keeps a WildFly server base directory in step with the build's {@code standalone/} folder. */
final class ServerBaseDir {

    private ServerBaseDir() {
    }

    /**
     * Copies {@code template} to {@code baseDir} if that does not exist yet, replaces {@code configuration/} with the
     * template's (WildFly rewrites its configuration while it runs, and the build may have changed it), removes the
     * deployment's old scanner markers and copies the application in as {@code deploymentName}.
     */
    static void prepare(Path template, Path baseDir, Path application, String deploymentName) {
        try {
            if (!Files.isDirectory(baseDir)) {
                copyTree(template, baseDir);
            } else {
                deleteTree(baseDir.resolve("configuration"));
                copyTree(template.resolve("configuration"), baseDir.resolve("configuration"));
            }
            Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
            try (Stream<Path> old = Files.list(deployments)) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith(deploymentName)).toList()) {
                    Files.delete(file);
                }
            }
            Files.copy(application, deployments.resolve(deploymentName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
