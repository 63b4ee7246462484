package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealmTemplateTest {

    @Test
    void renderReplacesBothPlaceholdersWithThePortalAddress() {
        String rendered = RealmTemplate.render("[\"@PORTAL_URL@/*\", \"@PORTAL_URL_IP@/*\", \"@PORTAL_URL@\"]", 18080);

        assertThat(rendered).isEqualTo("[\"http://localhost:18080/*\", \"http://127.0.0.1:18080/*\", \"http://localhost:18080\"]");
    }

    @Test
    void theRenderedRealmHasNoPlaceholderLeft() {
        assertThat(RealmTemplate.template()).contains("@PORTAL_URL@", "@PORTAL_URL_IP@");

        assertThat(RealmTemplate.forPortalPort(8080, "s3cret")).doesNotContain("@PORTAL");
    }

    @Test
    void thePortalAcceptsRedirectsToBothLoopbackNames() throws Exception {
        JsonNode portal = client(new ObjectMapper().readTree(RealmTemplate.forPortalPort(18080, "s3cret")), "zhixing-portal");

        assertThat(texts(portal.get("redirectUris"))).containsExactlyInAnyOrder("http://localhost:18080/*", "http://127.0.0.1:18080/*");
        assertThat(texts(portal.get("webOrigins"))).containsExactlyInAnyOrder("http://localhost:18080", "http://127.0.0.1:18080");
        assertThat(portal.at("/attributes/post.logout.redirect.uris").asText())
                .isEqualTo("http://localhost:18080/*##http://127.0.0.1:18080/*");
    }

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
