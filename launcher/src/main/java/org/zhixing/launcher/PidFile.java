package org.zhixing.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code <data>/zhixing.pid}: which launcher runs on this data folder, for {@code stop} and against a second {@code run}. */
final class PidFile {

    private PidFile() {
    }

    /** The launcher recorded in {@code file}, if it still runs (a pid reused by another program does not count). */
    static Optional<ProcessHandle> runningLauncher(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(line -> line.contains(Main.class.getName())).orElse(true));
    }

    static void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, ProcessHandle.current().pid() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
