package org.zhixing.policy.boundary;

import static org.zhixing.platform.web.RequestValues.enumOf;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.zhixing.policy.entity.PolicyLevel;
import org.zhixing.policy.entity.PolicyMetadata;
import org.zhixing.policy.entity.PolicyType;

/** The metadata an admin sends with an upload or an edit. */
public record PolicyRequest(
    @Size(max = 60) String docNumber,
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 100) String authority,
    @NotBlank String level,
    @NotNull LocalDate issueDate,
    @NotBlank String type,
    List<@NotBlank @Size(max = 40) String> tags,
    boolean internal,
    boolean publish) {

  PolicyMetadata toMetadata() {
    return new PolicyMetadata(
        docNumber, title, authority, enumOf(PolicyLevel.class, "level", level), issueDate,
        enumOf(PolicyType.class, "type", type), tags, internal);
  }
}
