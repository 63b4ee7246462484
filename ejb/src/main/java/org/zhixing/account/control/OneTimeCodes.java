package org.zhixing.account.control;

import java.security.SecureRandom;

/**
 * One-time passwords handed to a person on paper or read out on the phone: ten characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I, i, o), about 57 bits of chance, and of no use after the first login, which must replace
 * them.
 */
public final class OneTimeCodes {

  static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 10;

  private final SecureRandom random = new SecureRandom();

  public String next() {
    var code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
