package org.zhixing.platform.audit;

import java.util.Objects;

/**
 * What a change was made to: its type ({@code ORG_UNIT}, {@code VILLAGE_PLAN}, …), its id within that type, a label a
 * person recognises, and the org path it belongs to, which decides who may read the entry.
 */
public record AuditSubject(String type, String id, String label, String unitPath) {

  public AuditSubject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unitPath, "unitPath");
  }
}
