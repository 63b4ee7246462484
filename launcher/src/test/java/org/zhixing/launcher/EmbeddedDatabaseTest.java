package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real PostgreSQL: what {@code run} and the system tests rely on. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void createsADatabaseThatItsOwnerCanUseAndKeepsItAcrossRestarts() throws Exception {
        int port = freePort();

        try (var database = EmbeddedDatabase.start(dataDir, port)) {
            database.ensureDatabase("training", "trainer", "it's secret");
            database.ensureDatabase("training", "trainer", "it's secret"); // a second run finds both

            assertThat(database.jdbcUrl("training")).isEqualTo("jdbc:postgresql://localhost:%d/training".formatted(port));
            try (var connection = DriverManager.getConnection(database.jdbcUrl("training"), "trainer", "it's secret");
                    var statement = connection.createStatement()) {
                statement.execute("create table course (title text)");
                statement.execute("insert into course values ('习近平新时代中国特色社会主义思想')");
                try (var rows = statement.executeQuery("select current_user, current_database(), pg_encoding_to_char(encoding) "
                        + "from pg_database where datname = current_database()")) {
                    rows.next();
                    assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3)))
                            .containsExactly("trainer", "training", "UTF8");
                }
            }
        }
        assertThat(PortCheck.firstProblem(List.of(new PortUse(port, "127.0.0.1", "PostgreSQL", "ZHIXING_DB_PORT", 0))))
                .as("the port is free again once the database is closed")
                .isEmpty();

        try (var database = EmbeddedDatabase.start(dataDir, port);
                var connection = DriverManager.getConnection(database.jdbcUrl("training"), "trainer", "it's secret");
                var rows = connection.createStatement().executeQuery("select title from course")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("习近平新时代中国特色社会主义思想");
        }
    }

    @Test
    void aSecondServerOnTheSamePortFailsWithOneLine() throws Exception {
        int port = freePort();
        try (var first = EmbeddedDatabase.start(dataDir.resolve("first"), port)) {
            try {
                EmbeddedDatabase.start(dataDir.resolve("second"), port).close();
                throw new AssertionError("a second PostgreSQL started on port " + port);
            } catch (LaunchException expected) {
                assertThat(expected.getMessage())
                        .startsWith("port %d is already in use by another PostgreSQL (data directory ".formatted(port))
                        .doesNotContain("\n");
            }
            try (var connection = DriverManager.getConnection(first.jdbcUrl("postgres"), "postgres", "")) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
