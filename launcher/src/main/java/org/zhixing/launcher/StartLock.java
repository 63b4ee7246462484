package org.zhixing.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets one Keycloak at a time start from a Keycloak home. Every instance reads its realm from the same
 * {@code <home>/data/import} folder, late in its boot; without the lock a second launcher (say the system tests next
 * to {@code ./zhixing run}) overwrites the file in between and the first instance imports the other's redirect URIs.
 * The lock is an OS file lock, so it spans JVMs, plus a semaphore for two starts within one JVM.
 */
final class StartLock implements AutoCloseable {

    private static final Semaphore IN_THIS_JVM = new Semaphore(1);
    private static final Duration POLL = Duration.ofMillis(200);

    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private StartLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits up to {@code timeout} for the lock on {@code file}. */
    static StartLock acquire(Path file, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!IN_THIS_JVM.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(file, timeout);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                if (System.nanoTime() > deadline) {
                    channel.close();
                    IN_THIS_JVM.release();
                    throw busy(file, timeout);
                }
                Thread.sleep(POLL);
            }
            return new StartLock(channel, lock);
        } catch (IOException e) {
            IN_THIS_JVM.release();
            throw new LaunchException("cannot lock %s: %s".formatted(file, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for " + file);
        }
    }

    private static LaunchException busy(Path file, Duration timeout) {
        return new LaunchException("another Keycloak has been starting for %d s and holds %s"
                .formatted(timeout.toSeconds(), file));
    }

    /** Releases the lock; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            IN_THIS_JVM.release();
        }
    }
}
