package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path HOME = Path.of("/srv/zhixing");

    @Test
    void defaultsStartEverythingOnTheUsualPortsWithTheEmbeddedDatabase() {
        var settings = Settings.fromEnvironment(Map.of(), HOME);

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.httpsPort()).isEqualTo(8443);
        assertThat(settings.managementPort()).isEqualTo(9990);
        assertThat(settings.keycloakPort()).isEqualTo(8180);
        assertThat(settings.keycloakManagementPort()).isEqualTo(9000);
        assertThat(settings.dbPort()).isEqualTo(15432);
        assertThat(settings.bind()).isEqualTo("127.0.0.1");
        assertThat(settings.data()).isEqualTo(HOME.resolve("var"));
        assertThat(settings.pidFile()).isEqualTo(HOME.resolve("var/zhixing.pid"));
        assertThat(settings.ear()).isEqualTo(HOME.resolve("ear/target/zhixing.ear"));
        assertThat(settings.appDatabase())
                .isEqualTo(new DatabaseLogin("jdbc:postgresql://localhost:15432/zhixing", "zhixing", "zhixing"));
        assertThat(settings.keycloakDatabase())
                .isEqualTo(new DatabaseLogin("jdbc:postgresql://localhost:15432/keycloak", "keycloak", "keycloak"));
        assertThat(settings.embeddedAppDatabase()).isTrue();
        assertThat(settings.embeddedKeycloakDatabase()).isTrue();
    }

    @Test
    void portsMoveTogetherWithTheVariables() {
        var settings = Settings.fromEnvironment(Map.of(
                "ZHIXING_HTTP_PORT", "18080", "ZHIXING_KEYCLOAK_PORT", "18180", "ZHIXING_DB_PORT", "25432",
                "ZHIXING_BIND", "0.0.0.0"), HOME);

        assertThat(settings.ports())
                .extracting(PortUse::port, PortUse::host, PortUse::variable)
                .containsExactly(
                        tuple(18080, "0.0.0.0", "ZHIXING_HTTP_PORT"),
                        tuple(18443, "0.0.0.0", "ZHIXING_HTTP_PORT"),
                        tuple(19990, "0.0.0.0", "ZHIXING_HTTP_PORT"),
                        tuple(18180, "127.0.0.1", "ZHIXING_KEYCLOAK_PORT"),
                        tuple(19000, "127.0.0.1", "ZHIXING_KEYCLOAK_PORT"),
                        tuple(25432, "127.0.0.1", "ZHIXING_DB_PORT"));
        assertThat(settings.appDatabase().url()).isEqualTo("jdbc:postgresql://localhost:25432/zhixing");
    }

    @Test
    void anExternalDatabaseServesKeycloakTooAndNeedsNoEmbeddedPort() {
        var settings = Settings.fromEnvironment(Map.of(
                "ZHIXING_DB_URL", "jdbc:postgresql://db.example:5433/training?sslmode=require",
                "ZHIXING_DB_USER", "app", "ZHIXING_DB_PASSWORD", "secret"), HOME);

        assertThat(settings.usesEmbeddedDatabase()).isFalse();
        assertThat(settings.appDatabase())
                .isEqualTo(new DatabaseLogin("jdbc:postgresql://db.example:5433/training?sslmode=require", "app", "secret"));
        assertThat(settings.keycloakDatabase())
                .isEqualTo(new DatabaseLogin("jdbc:postgresql://db.example:5433/keycloak?sslmode=require", "app", "secret"));
        assertThat(settings.ports()).extracting(PortUse::variable).doesNotContain("ZHIXING_DB_PORT");
    }

    @Test
    void keycloakMayHaveADatabaseOfItsOwn() {
        var settings = Settings.fromEnvironment(Map.of(
                "ZHIXING_KEYCLOAK_DB_URL", "jdbc:postgresql://auth.example/kc",
                "ZHIXING_KEYCLOAK_DB_USER", "kc", "ZHIXING_KEYCLOAK_DB_PASSWORD", "kc-secret"), HOME);

        assertThat(settings.embeddedAppDatabase()).isTrue();
        assertThat(settings.embeddedKeycloakDatabase()).isFalse();
        assertThat(settings.keycloakDatabase()).isEqualTo(new DatabaseLogin("jdbc:postgresql://auth.example/kc", "kc", "kc-secret"));
    }

    @Test
    void relativeDataFolderIsTakenFromTheWorkingDirectory() {
        var settings = Settings.fromEnvironment(Map.of("ZHIXING_DATA", "demo-data"), HOME);

        assertThat(settings.data()).isEqualTo(Path.of("demo-data").toAbsolutePath().normalize());
    }

    @Test
    void blankVariablesCountAsUnset() {
        var settings = Settings.fromEnvironment(Map.of("ZHIXING_HTTP_PORT", " ", "ZHIXING_DB_URL", ""), HOME);

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.embeddedAppDatabase()).isTrue();
    }

    @Test
    void aPortThatIsNoNumberIsRejectedWithTheVariableName() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("ZHIXING_KEYCLOAK_PORT", "eighty"), HOME))
                .isInstanceOf(LaunchException.class)
                .hasMessage("ZHIXING_KEYCLOAK_PORT must be a port number from 1 to 64715, not 'eighty'");
    }

    @Test
    void aPortLeavesRoomForThePortsDerivedFromIt() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("ZHIXING_HTTP_PORT", "64000"), HOME))
                .isInstanceOf(LaunchException.class)
                .hasMessage("ZHIXING_HTTP_PORT must be a port number from 1 to 63625, not '64000'");
    }

    @Test
    void anExternalUrlWithoutDatabaseNameNeedsKeycloaksOwnUrl() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("ZHIXING_DB_URL", "jdbc:h2:mem:x"), HOME))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("set ZHIXING_KEYCLOAK_DB_URL");
    }
}
