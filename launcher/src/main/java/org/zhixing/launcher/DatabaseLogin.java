package org.zhixing.launcher;

import java.util.Objects;

/** Where and as whom a server connects to one PostgreSQL database. */
public record DatabaseLogin(String url, String user, String password) {

    public DatabaseLogin {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Leaves the password out, so that a login can be logged. */
    @Override
    public String toString() {
        return user + "@" + url;
    }
}
