package org.zhixing.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every domain exception must have its texts in both languages, or its problem cannot be rendered. */
class DomainExceptionTest {

  /** Every concrete DomainException in the application, found on the class path so that new ones are covered too. */
  static Stream<DomainException> exceptions() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.zhixing")
        .stream()
        .filter(c -> c.isAssignableTo(DomainException.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(c -> instantiate(c.reflect()));
  }

  private static DomainException instantiate(Class<?> type) {
    Constructor<?> constructor = type.getConstructors()[0];
    Object[] arguments =
        Arrays.stream(constructor.getParameterTypes()).map(DomainExceptionTest::sample).toArray();
    try {
      return (DomainException) constructor.newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot create " + type, e);
    }
  }

  /** A stand-in argument: a number, a text, an id, an instant, a list, the first constant of an enum, or no cause. */
  private static Object sample(Class<?> parameter) {
    if (parameter == long.class || parameter == Long.class) {
      return 1L;
    }
    if (parameter == int.class || parameter == Integer.class) {
      return 1;
    }
    if (parameter == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (parameter == UUID.class) {
      return new UUID(0, 1);
    }
    if (parameter == Instant.class) {
      return Instant.EPOCH;
    }
    if (parameter == List.class) {
      return List.of("x");
    }
    if (parameter.isEnum()) {
      return parameter.getEnumConstants()[0];
    }
    return Throwable.class.isAssignableFrom(parameter) ? null : "x";
  }

  @Test
  void theApplicationHasDomainExceptionsToCheck() {
    assertThat(exceptions().count()).isGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void everyDomainExceptionHasATitleAndDetailInChineseAndEnglish(DomainException e) {
    for (Locale locale : List.of(ProblemMessages.CHINESE, Locale.ENGLISH)) {
      assertThat(ProblemMessages.title(e.type(), locale)).as("%s title in %s", e.type(), locale).isNotBlank();
      assertThat(ProblemMessages.detail(e.type(), locale, e.arguments()))
          .as("%s detail in %s", e.type(), locale)
          .contains(e.arguments().get(0).toString())
          .doesNotContain("{");
    }
  }

  /** Or 503: a service the request needs is down, and the same request may succeed later (Keycloak's admin API). */
  @ParameterizedTest
  @MethodSource("exceptions")
  void everyDomainExceptionIsAClientErrorOrAServiceUnavailable(DomainException e) {
    assertThat(e.status()).satisfiesAnyOf(
        status -> assertThat(status).isBetween(400, 499), status -> assertThat(status).isEqualTo(503));
  }
}
