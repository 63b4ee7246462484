package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.launcher.RealmTemplateTest.client;
import static org.zhixing.launcher.RealmTemplateTest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the rest of the system relies on in {@code zhixing-realm.json}. */
class RealmJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode realm = read(RealmTemplate.forPortalPort(8080, "s3cret"));

    @Test
    void realmIsChineseFirstWithBruteForceProtectionAndShortTokens() {
        assertThat(realm.get("realm").asText()).isEqualTo("zhixing");
        assertThat(realm.get("displayName").asText()).isEqualTo("知行");
        assertThat(realm.get("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(texts(realm.get("supportedLocales"))).containsExactly("zh-CN", "en");
        assertThat(realm.get("defaultLocale").asText()).isEqualTo("zh-CN");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.get("failureFactor").asInt()).isEqualTo(10);
        assertThat(realm.get("accessTokenLifespan").asInt()).isEqualTo(900);
    }

    @Test
    void realmRolesAreTheFourOfTheApplicationWithDescriptions() {
        var roles = realm.at("/roles/realm");

        assertThat(roles).extracting(role -> role.get("name").asText())
                .containsExactlyInAnyOrder("LEARNER", "TRAINER", "ORG_ADMIN", "SYS_ADMIN");
        assertThat(roles).allSatisfy(role -> assertThat(role.get("description").asText()).isNotBlank());
    }

    @Test
    void portalIsAPublicCodeFlowClientWithPkce() {
        var portal = client(realm, "zhixing-portal");

        assertThat(portal.get("publicClient").asBoolean()).isTrue();
        assertThat(portal.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void cliIsAPublicPasswordGrantClientOnly() {
        var cli = client(realm, "zhixing-cli");

        assertThat(cli.get("publicClient").asBoolean()).isTrue();
        assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.get("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void provisionerIsAConfidentialServiceAccountThatManagesUsersOnly() {
        var provisioner = client(realm, "zhixing-provisioner");
        assertThat(provisioner.get("publicClient").asBoolean()).isFalse();
        assertThat(provisioner.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(provisioner.get("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(provisioner.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(provisioner.get("secret").asText()).isEqualTo("s3cret");
        JsonNode account = null;
        for (JsonNode user : realm.get("users")) {
            if ("zhixing-provisioner".equals(user.path("serviceAccountClientId").asText())) {
                account = user;
            }
        }
        assertThat(account).isNotNull();
        assertThat(texts(account.at("/clientRoles/realm-management")))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
    }

    @Test
    void learnersGroupGivesTheLearnerRole() {
        JsonNode group = realm.get("groups").get(0);
        assertThat(group.get("path").asText()).isEqualTo("/learners");
        assertThat(texts(group.get("realmRoles"))).containsExactly("LEARNER");
    }

    @Test
    void bothClientsPutTheOrgUnitIntoAccessAndIdTokens() {
        for (String clientId : List.of("zhixing-portal", "zhixing-cli")) {
            var mapper = client(realm, clientId).get("protocolMappers").get(0);

            assertThat(mapper.get("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(mapper.at("/config/user.attribute").asText()).isEqualTo("org_unit");
            assertThat(mapper.at("/config/claim.name").asText()).isEqualTo("org_unit");
            assertThat(mapper.at("/config/access.token.claim").asText()).isEqualTo("true");
            assertThat(mapper.at("/config/id.token.claim").asText()).isEqualTo("true");
        }
    }

    @Test
    void userProfileDeclaresOrgUnitAsTwelveDigitsOnlyAdminsMayChange() {
        var config = read(realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0").asText());
        JsonNode orgUnit = null;
        for (JsonNode attribute : config.get("attributes")) {
            if (attribute.get("name").asText().equals("org_unit")) {
                orgUnit = attribute;
            }
        }

        assertThat(config.get("attributes")).extracting(attribute -> attribute.get("name").asText())
                .contains("username", "email", "firstName", "lastName", "org_unit");
        assertThat(orgUnit).isNotNull();
        assertThat(texts(orgUnit.at("/permissions/edit"))).containsExactly("admin");
        assertThat("411627101201").matches(orgUnit.at("/validations/pattern/pattern").asText());
        assertThat("41162710120").doesNotMatch(orgUnit.at("/validations/pattern/pattern").asText());
    }

    @Test
    void demoUsersAreTheOnesTheLauncherPrintsAndNeedNoActionAtLogin() {
        var users = new ArrayList<DemoAccount>();
        for (JsonNode user : realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                continue; // the application's own client, not a person
            }
            var roles = texts(user.get("realmRoles"));
            roles.remove("default-roles-zhixing");
            assertThat(roles).hasSize(1);
            users.add(new DemoAccount(user.get("username").asText(), roles.get(0),
                    user.at("/attributes/org_unit/0").asText(), null));

            assertThat(user.get("enabled").asBoolean()).isTrue();
            assertThat(user.get("emailVerified").asBoolean()).isTrue();
            assertThat(user.get("requiredActions")).isEmpty();
            assertThat(user.get("firstName").asText()).isNotBlank();
            assertThat(user.get("lastName").asText()).isNotBlank();
            assertThat(user.get("email").asText()).contains("@");
            assertThat(user.at("/credentials/0/value").asText()).isEqualTo(DemoAccount.PASSWORD);
            assertThat(user.at("/credentials/0/temporary").asBoolean()).isFalse();
        }

        assertThat(users).usingRecursiveFieldByFieldElementComparatorIgnoringFields("description")
                .containsExactlyInAnyOrderElementsOf(DemoAccount.ALL);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
