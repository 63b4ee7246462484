package org.zhixing.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhixing.launcher.RealmTemplateTest.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PortalClientTest {

    @Test
    void anUpdateSetsTheSameAddressesAsTheImportedRealm() throws Exception {
        var json = new ObjectMapper();
        var update = json.readTree(RealmTemplate.render(PortalClient.ADDRESSES, 18090));
        var imported = client(json.readTree(RealmTemplate.forPortalPort(18090, "s3cret")), PortalClient.CLIENT_ID);

        for (String field : new String[] {"rootUrl", "baseUrl", "redirectUris", "webOrigins"}) {
            assertThat(update.get(field)).as(field).isEqualTo(imported.get(field));
        }
        assertThat(update.at("/attributes/post.logout.redirect.uris"))
                .isEqualTo(imported.at("/attributes/post.logout.redirect.uris"));
        assertThat(update.get("attributes").size()).as("no other attribute is touched").isEqualTo(1);
    }
}
