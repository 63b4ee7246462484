package org.zhixing.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void rolesAreCopiedSoLaterChangesToTheGivenSetDoNotLeakIn() {
    Set<Role> roles = new HashSet<>(Set.of(Role.ORG_ADMIN));
    Caller caller = new Caller("wangjg", "王建国", roles, Optional.of("411627000000"));
    roles.add(Role.SYS_ADMIN);

    assertThat(caller.roles()).containsExactly(Role.ORG_ADMIN);
    assertThat(caller.has(Role.SYS_ADMIN)).isFalse();
  }

  @Test
  void callerWithoutRolesHasNone() {
    Caller caller = new Caller("anonymous", "anonymous", Set.of(), Optional.empty());
    assertThat(caller.roles()).isEmpty();
    for (Role role : Role.values()) {
      assertThat(caller.has(role)).isFalse();
    }
  }

  @Test
  void sysAdminSeesTheWholeTree() {
    assertThat(new Caller("admin", "管理员", Set.of(Role.SYS_ADMIN), Optional.empty()).seesWholeTree()).isTrue();
  }

  @Test
  void everyoneElseSeesOnlyTheirSubtree() {
    Caller caller =
        new Caller("wangjg", "王建国", EnumSet.complementOf(EnumSet.of(Role.SYS_ADMIN)), Optional.of("411627000000"));
    assertThat(caller.seesWholeTree()).isFalse();
  }

  @Test
  void roleNameConstantsMatchTheEnumNames() {
    assertThat(Role.LEARNER_NAME).isEqualTo(Role.LEARNER.name());
    assertThat(Role.TRAINER_NAME).isEqualTo(Role.TRAINER.name());
    assertThat(Role.ORG_ADMIN_NAME).isEqualTo(Role.ORG_ADMIN.name());
    assertThat(Role.SYS_ADMIN_NAME).isEqualTo(Role.SYS_ADMIN.name());
  }

  @Test
  void rolesCannotBeGrantedThroughTheAccessor() {
    Caller caller = new Caller("wangjg", "王建国", Set.of(Role.LEARNER), Optional.empty());
    assertThatThrownBy(() -> caller.roles().add(Role.SYS_ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(caller.seesWholeTree()).isFalse();
  }
}
