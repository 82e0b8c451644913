package dev.cmdguard.shell;

/**
 * Converts the UTF-8 byte offsets that tree-sitter reports into character offsets (UTF-16 code
 * units) of the Java string that was parsed. Pure ASCII text, the common case, needs no table. The
 * text must hold no unpaired surrogate ({@link Sanitizer} replaces them first).
 */
final class Utf8Index {
  private final int[] charAt;

  private Utf8Index(int[] charAt) {
    this.charAt = charAt;
  }

  static Utf8Index of(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) < 0x80) {
      i++;
    }
    if (i == n) {
      return new Utf8Index(null);
    }
    int[] table = new int[utf8Length(text) + 1];
    int b = 0;
    for (int c = 0; c < n; c++) {
      char ch = text.charAt(c);
      int width;
      if (ch < 0x80) {
        width = 1;
      } else if (ch < 0x800) {
        width = 2;
      } else if (Character.isHighSurrogate(ch) && c + 1 < n) {
        table[b] = table[b + 1] = c;
        table[b + 2] = table[b + 3] = c + 1;
        b += 4;
        c++;
        continue;
      } else {
        width = 3;
      }
      for (int k = 0; k < width; k++) {
        table[b++] = c;
      }
    }
    table[b] = n;
    return new Utf8Index(table);
  }

  /** The character offset of the character that contains byte {@code offset}. */
  int charOffset(int byteOffset) {
    if (charAt == null) {
      return byteOffset;
    }
    return charAt[Math.max(0, Math.min(byteOffset, charAt.length - 1))];
  }

  private static int utf8Length(String text) {
    int len = 0;
    for (int c = 0; c < text.length(); c++) {
      char ch = text.charAt(c);
      if (ch < 0x80) {
        len += 1;
      } else if (ch < 0x800) {
        len += 2;
      } else if (Character.isHighSurrogate(ch) && c + 1 < text.length()) {
        len += 4;
        c++;
      } else {
        len += 3;
      }
    }
    return len;
  }
}
