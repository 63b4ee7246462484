package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aBusyPortIsOneLineNamingTheVariableToChange() throws IOException {
        try (var busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var use = new PortUse(busy.getLocalPort(), "127.0.0.1", "the portal", "ZHIXING_HTTP_PORT", 0);

            assertThat(PortCheck.firstProblem(List.of(use)))
                    .contains("port %d is already in use (set ZHIXING_HTTP_PORT to choose another)".formatted(busy.getLocalPort()));
        }
    }

    @Test
    void aBusyPortOnTheWildcardAddressIsBusyForLoopbackToo() throws IOException {
        try (var busy = new ServerSocket(0)) {
            var use = new PortUse(busy.getLocalPort(), "127.0.0.1", "Keycloak", "ZHIXING_KEYCLOAK_PORT", 0);

            assertThat(PortCheck.firstProblem(List.of(use))).isPresent();
        }
    }

    @Test
    void aDerivedPortSaysWhereItComesFrom() {
        var use = new PortUse(9990, "127.0.0.1", "WildFly's management", "ZHIXING_HTTP_PORT", 1910);

        assertThat(PortCheck.inUse(use)).isEqualTo(
                "port 9990 is already in use (WildFly's management, at ZHIXING_HTTP_PORT + 1910; set ZHIXING_HTTP_PORT to choose another)");
    }

    @Test
    void freePortsPass() throws IOException {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        var use = new PortUse(port, "127.0.0.1", "PostgreSQL", "ZHIXING_DB_PORT", 0);

        assertThat(PortCheck.firstProblem(List.of(use))).isEmpty();
    }

    @Test
    void aPortNeededTwiceIsReportedBeforeAnythingIsProbed() {
        var ports = List.of(
                new PortUse(9000, "127.0.0.1", "the portal", "ZHIXING_HTTP_PORT", 0),
                new PortUse(9000, "127.0.0.1", "Keycloak's health checks", "ZHIXING_KEYCLOAK_PORT", 820));

        assertThat(PortCheck.firstProblem(ports, use -> true)).contains(
                "port 9000 is needed twice, for the portal (ZHIXING_HTTP_PORT) and for Keycloak's health checks "
                        + "(ZHIXING_KEYCLOAK_PORT + 820); choose other ports");
    }

    @Test
    void theFirstBusyPortInOrderIsReported() {
        var ports = List.of(
                new PortUse(18080, "127.0.0.1", "the portal", "ZHIXING_HTTP_PORT", 0),
                new PortUse(18180, "127.0.0.1", "Keycloak", "ZHIXING_KEYCLOAK_PORT", 0),
                new PortUse(25432, "127.0.0.1", "PostgreSQL", "ZHIXING_DB_PORT", 0));

        assertThat(PortCheck.firstProblem(ports, use -> use.port() == 18080))
                .contains("port 18180 is already in use (set ZHIXING_KEYCLOAK_PORT to choose another)");
    }
}
