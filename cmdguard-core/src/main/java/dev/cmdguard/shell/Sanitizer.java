package dev.cmdguard.shell;

/**
 * Makes text safe to hand to tree-sitter without changing its length: a NUL character (which bash
 * cannot hold in a word) becomes a space and is reported, and an unpaired surrogate (which is not
 * valid UTF-8 and makes tree-sitter reject the whole input) becomes U+FFFD and is reported.
 */
final class Sanitizer {
  private Sanitizer() {}

  static String clean(String source, Diagnostics diagnostics) {
    char[] out = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      char replacement;
      if (c == 0) {
        replacement = ' ';
        diagnostics.add(new Span(i, i + 1), "NUL character is not allowed in a command");
      } else if (Character.isHighSurrogate(c)
          && i + 1 < source.length()
          && Character.isLowSurrogate(source.charAt(i + 1))) {
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        replacement = '\uFFFD';
        diagnostics.add(new Span(i, i + 1), "invalid character (unpaired UTF-16 surrogate)");
      } else {
        continue;
      }
      if (out == null) {
        out = source.toCharArray();
      }
      out[i] = replacement;
    }
    return out == null ? source : new String(out);
  }
}
