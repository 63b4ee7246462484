package org.zhixing.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditStatesTest {

  @Test
  void aStateKeepsItsFieldsInOrderAndItsNullsAsNulls() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", "耿庄村");
    state.put("starTarget", null);
    state.put("weakYear", 2026);
    state.put("villages", List.of("411627101201", "411627101202"));
    state.put("retired", true);

    assertThat(AuditStates.json(state)).isEqualTo(
        "{\"name\":\"耿庄村\",\"starTarget\":null,\"weakYear\":2026,"
            + "\"villages\":[\"411627101201\",\"411627101202\"],\"retired\":true}");
  }

  @Test
  void noStateIsNoJson() {
    assertThat(AuditStates.json(null)).isNull();
  }

  @Test
  void aQueryIsAlwaysBoundedByASubtreeAndIgnoresBlankFilters() {
    AuditQuery query = new AuditQuery("/411600000000/411627000000/", " ", "ORG_UNIT", " taikang-admin ", null, null);

    assertThat(query.action()).isNull();
    assertThat(query.actor()).isEqualTo("taikang-admin");
    assertThatIllegalArgumentException().isThrownBy(() -> new AuditQuery(null, null, null, null, null, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new AuditQuery("", null, null, null, null, null));
  }
}
