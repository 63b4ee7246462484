package org.zhixing.launcher;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Checks before anything starts that every port is free, so a clash is one clear line instead of a server's stack trace. */
public final class PortCheck {

    private PortCheck() {
    }

    /** The first problem with {@code ports}: one needed twice, or one that something else listens on. */
    public static Optional<String> firstProblem(List<PortUse> ports) {
        return firstProblem(ports, PortCheck::isFree);
    }

    static Optional<String> firstProblem(List<PortUse> ports, Predicate<PortUse> free) {
        var seen = new HashMap<Integer, PortUse>();
        for (PortUse use : ports) {
            PortUse earlier = seen.putIfAbsent(use.port(), use);
            if (earlier != null) {
                return Optional.of("port %d is needed twice, for %s (%s) and for %s (%s); choose other ports"
                        .formatted(use.port(), earlier.purpose(), earlier.origin(), use.purpose(), use.origin()));
            }
        }
        return ports.stream().filter(free.negate()).findFirst().map(PortCheck::inUse);
    }

    static String inUse(PortUse use) {
        if (use.offset() == 0) {
            return "port %d is already in use (set %s to choose another)".formatted(use.port(), use.variable());
        }
        return "port %d is already in use (%s, at %s; set %s to choose another)"
                .formatted(use.port(), use.purpose(), use.origin(), use.variable());
    }

    /** Whether a server could bind the port now; an address that cannot be bound at all is an error of its own. */
    static boolean isFree(PortUse use) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(use.host(), use.port()));
            return true;
        } catch (BindException e) {
            if (e.getMessage() != null && e.getMessage().contains("in use")) {
                return false;
            }
            throw cannotListen(use, e);
        } catch (IOException e) {
            throw cannotListen(use, e);
        }
    }

    private static LaunchException cannotListen(PortUse use, IOException e) {
        return new LaunchException("cannot listen on %s:%d for %s: %s"
                .formatted(use.host(), use.port(), use.purpose(), e.getMessage()), e);
    }
}
