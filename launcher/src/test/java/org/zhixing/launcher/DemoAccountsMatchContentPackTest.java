package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhixing.content.DemoContentPack;
import org.zhixing.content.PersonSeed;

/**
 * The demo accounts live in three places — the content pack (which loads their people), the Keycloak realm (which
 * logs them in) and the launcher's banner — and must say the same thing in all three.
 */
class DemoAccountsMatchContentPackTest {

    private static final DemoContentPack PACK = DemoContentPack.load();
    private final JsonNode realm = read(RealmTemplate.forPortalPort(8080, "s3cret"));

    @Test
    void realmUsersHaveTheRoleAndOrgUnitOfThePacksAccounts() {
        assertThat(realmUsers()).containsExactlyInAnyOrderElementsOf(
                PACK.demoAccounts().stream().map(a -> a.username() + " " + a.role() + " " + a.unitCode()).toList());
    }

    @Test
    void launcherBannerListsThePacksAccounts() {
        assertThat(DemoAccount.ALL).extracting(a -> a.username() + " " + a.role() + " " + a.orgUnit())
                .containsExactlyInAnyOrderElementsOf(realmUsers());
    }

    @Test
    void accountsWithAPersonInThePackCarryThatPersonsName() {
        List<PersonSeed> withAccounts = PACK.people().stream().filter(p -> p.username() != null).toList();

        assertThat(withAccounts).isNotEmpty().allSatisfy(person -> {
            JsonNode user = user(person.username());
            assertThat(user.get("lastName").asText() + user.get("firstName").asText()).isEqualTo(person.name());
        });
    }

    private List<String> realmUsers() {
        List<String> users = new ArrayList<>();
        for (JsonNode user : realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                continue; // the application's own client, not a person
            }
            String role = "";
            for (JsonNode r : user.get("realmRoles")) {
                if (!r.asText().startsWith("default-roles")) {
                    role = r.asText();
                }
            }
            users.add(user.get("username").asText() + " " + role + " " + user.at("/attributes/org_unit/0").asText());
        }
        return users;
    }

    private JsonNode user(String username) {
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no realm user " + username);
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
