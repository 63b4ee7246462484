package org.zhixing.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A server run as a child process: in its own session, so that a Ctrl-C in the terminal reaches only the launcher
 * (which then stops the servers in order); with its output in a log file (the previous run's log kept as
 * {@code <log>.1}); watched by an {@link OrphanGuard}; and stopped together with everything it started.
 */
final class ChildProcess {

    private static final Duration POLL = Duration.ofMillis(250);

    private final String name;
    private final Process process;
    private final OrphanGuard guard;
    private final Path log;

    private ChildProcess(String name, Process process, OrphanGuard guard, Path log) {
        this.name = name;
        this.process = process;
        this.guard = guard;
        this.log = log;
    }

    /**
     * @param environment added to (or, for a {@code null} value, removed from) the launcher's environment
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        var session = new ArrayList<String>();
        session.add("setsid");
        session.addAll(command);
        var builder = new ProcessBuilder(session)
                .redirectInput(new File("/dev/null"))
                .redirectErrorStream(true)
                .redirectOutput(prepareLog(log).toFile());
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LaunchException("cannot start " + name + ": " + e.getMessage(), e);
        }
        // setsid made the child a session and process-group leader: its group id is its pid
        return new ChildProcess(name, process, OrphanGuard.watch("TERM", -process.pid()), log);
    }

    private static Path prepareLog(Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls {@code ready} until it says yes. Fails when the process exits first or the time is up; {@code ready} may
     * itself throw a {@link LaunchException} to fail fast.
     */
    void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new LaunchException("%s stopped (exit code %d) before it was ready; see %s"
                        .formatted(name, process.exitValue(), log));
            }
            if (System.nanoTime() > deadline) {
                throw new LaunchException("%s was not ready after %d s; see %s"
                        .formatted(name, timeout.toSeconds(), log));
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while waiting for " + name);
            }
        }
    }

    /** Completes with the exit code when the process ends. */
    CompletableFuture<Integer> exited() {
        return process.onExit().thenApply(Process::exitValue);
    }

    Path log() {
        return log;
    }

    /**
     * Sends SIGTERM to the process and all its descendants, waits up to {@code grace}, then kills what is left.
     *
     * @return whether everything stopped within the grace period
     */
    boolean stop(Duration grace) {
        var tree = tree();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (var handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        var survivors = Stream.concat(tree.stream(), tree().stream()).filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(handle -> handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS).join());
        guard.disarm();
        return survivors.isEmpty();
    }

    /** Kills the process and all its descendants at once (SIGKILL), as a power cut would, and waits until they are gone. */
    void kill() {
        var tree = tree();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(handle -> handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join());
        guard.disarm();
    }

    private List<ProcessHandle> tree() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    }
}
