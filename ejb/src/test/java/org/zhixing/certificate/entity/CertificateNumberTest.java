package org.zhixing.certificate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

  @Test
  void aNumberCarriesYearSerialAndLuhnCheckDigit() {
    CertificateNumber number = new CertificateNumber(2026, 123);

    assertThat(number.text()).isEqualTo("ZX-2026-00000123-" + CertificateNumber.checkDigit("202600000123"));
    assertThat(CertificateNumber.checkDigit("7992739871")).as("the Luhn textbook example").isEqualTo(3);
    assertThat(CertificateNumber.parse(number.text())).contains(number);
  }

  @Test
  void everySingleWrongDigitIsCaughtByTheCheckDigit() {
    String good = new CertificateNumber(2026, 48213907).text();
    for (int i = 0; i < good.length(); i++) {
      if (!Character.isDigit(good.charAt(i))) {
        continue;
      }
      for (char d = '0'; d <= '9'; d++) {
        if (d != good.charAt(i)) {
          String typo = good.substring(0, i) + d + good.substring(i + 1);
          assertThat(CertificateNumber.parse(typo)).as(typo).isEmpty();
        }
      }
    }
  }

  @Test
  void swappedNeighboursAreCaughtExceptTheLuhnBlindSpot() {
    String good = new CertificateNumber(2026, 48213907).text();
    String digits = good.replace("-", "").substring(2, 14);
    for (int i = 0; i + 1 < digits.length(); i++) {
      char a = digits.charAt(i);
      char b = digits.charAt(i + 1);
      boolean blindSpot = (a == '0' && b == '9') || (a == '9' && b == '0');
      if (a == b || blindSpot) {
        continue;
      }
      String swapped = digits.substring(0, i) + b + a + digits.substring(i + 2);
      String typo = "ZX-" + swapped.substring(0, 4) + "-" + swapped.substring(4) + "-" + good.charAt(good.length() - 1);
      assertThat(CertificateNumber.parse(typo)).as(typo).isEmpty();
    }
  }

  @Test
  void copiedNumbersAreForgivenWidthSpacesCaseAndDashes() {
    String good = new CertificateNumber(2026, 5).text();
    String fullWidth = good.replace("Z", "Ｚ").replace("X", "ｘ").replace("2", "２").replace("-", "－");

    assertThat(CertificateNumber.parse(" " + good.toLowerCase() + "\n")).contains(new CertificateNumber(2026, 5));
    assertThat(CertificateNumber.parse(fullWidth)).contains(new CertificateNumber(2026, 5));
    assertThat(CertificateNumber.parse(good.replace("-", "–"))).contains(new CertificateNumber(2026, 5));
  }

  @Test
  void malformedNumbersAreRefused() {
    assertThat(CertificateNumber.parse(null)).isEmpty();
    assertThat(CertificateNumber.parse("")).isEmpty();
    assertThat(CertificateNumber.parse("ZX-2026-123-4")).isEmpty();
    assertThat(CertificateNumber.parse("AB-2026-00000123-4")).isEmpty();
    assertThat(CertificateNumber.parse("ZX-2026-00000123")).isEmpty();
    assertThatThrownBy(() -> new CertificateNumber(2026, 100_000_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomNumbersSpreadAndAllParseBack() {
    Random random = new Random(7);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      CertificateNumber number = CertificateNumber.random(2026, random);
      assertThat(CertificateNumber.parse(number.text())).contains(number);
      seen.add(number.text());
    }
    assertThat(seen).hasSize(1000);
  }
}
