package dev.cmdguard.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a record's line bytes, as 64 lower-case hex digits: the links of the hash chain. */
final class Sha256 {
  /** The {@code prev} of the very first record of a chain. */
  static final String ZERO = "0".repeat(64);

  private Sha256() {}

  /** The hash of {@code bytes[0, length)}. */
  static String hex(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The hash of all of {@code bytes}. */
  static String hex(byte[] bytes) {
    return hex(bytes, bytes.length);
  }

  /** True when {@code s} is 64 lower-case hex digits. */
  static boolean isHash(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
