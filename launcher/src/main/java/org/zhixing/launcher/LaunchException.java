package org.zhixing.launcher;

/**
 * An expected failure while starting or stopping the system (a busy port, a missing build, a server that did not come
 * up). {@link Main} reports it as one line without a stack trace; the message says what to do or where to look.
 */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
