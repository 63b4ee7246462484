package org.zhixing.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops a server when the JVM that started it dies without running its shutdown hooks ({@code kill -9}, the OOM
 * killer), so that no PostgreSQL, Keycloak or WildFly outlives it.
 *
 * <p>The guard is a {@code bash} that blocks reading a pipe whose only writer is this JVM. When the JVM dies the kernel
 * closes the pipe, the read fails and the guard sends the signal. {@link #disarm()} writes a line first, so after a
 * normal stop the guard exits without sending anything. It runs in its own session so that a Ctrl-C in the terminal
 * does not reach it.
 */
final class OrphanGuard {

    private static final String SCRIPT = "read -r _ || kill -s \"$1\" -- \"$2\" 2>/dev/null";

    private final Process watcher;

    private OrphanGuard(Process watcher) {
        this.watcher = watcher;
    }

    /**
     * @param signal a signal name for {@code kill -s}, e.g. {@code TERM}
     * @param target a pid, or a negative process-group id to signal the whole group
     */
    static OrphanGuard watch(String signal, long target) {
        var command = List.of("setsid", "bash", "-c", SCRIPT, "zhixing-guard", signal, Long.toString(target));
        try {
            var watcher = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new OrphanGuard(watcher);
        } catch (IOException e) {
            throw new LaunchException("cannot start the orphan guard (needs bash and setsid): " + e.getMessage(), e);
        }
    }

    /** Lets the guard exit without signalling: the server has been stopped the normal way. */
    void disarm() {
        try (OutputStream pipe = watcher.getOutputStream()) {
            pipe.write('\n');
        } catch (IOException alreadyGone) {
            // the guard has exited already (e.g. killed by hand): nothing left to disarm
        }
        try {
            if (!watcher.waitFor(2, TimeUnit.SECONDS)) {
                watcher.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watcher.destroy();
        }
    }
}
