package org.zhixing.launcher;

/**
 * A port a server will listen on.
 *
 * @param host     the address it binds
 * @param purpose  what listens there, for messages
 * @param variable the environment variable that moves it
 * @param offset   its distance from that variable's port (0: it is that port)
 */
public record PortUse(int port, String host, String purpose, String variable, int offset) {

    /** Where the port comes from, e.g. {@code ZHIXING_HTTP_PORT + 1910}. */
    String origin() {
        return offset == 0 ? variable : variable + " + " + offset;
    }
}
