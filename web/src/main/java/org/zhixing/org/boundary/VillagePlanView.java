package org.zhixing.org.boundary;

import java.time.Instant;
import org.zhixing.org.entity.VillagePlan;

/** A village's plan for a year; a year without one reads as empty content and no version. */
public record VillagePlanView(
    String unitCode, int year, String content, String updatedBy, Instant updatedAt, Long version) {

  static VillagePlanView of(VillagePlan plan) {
    return new VillagePlanView(
        plan.unit().code(), plan.year(), plan.content(), plan.updatedBy(), plan.updatedAt(), plan.version());
  }

  static VillagePlanView empty(String code, int year) {
    return new VillagePlanView(code, year, "", null, null, null);
  }
}
