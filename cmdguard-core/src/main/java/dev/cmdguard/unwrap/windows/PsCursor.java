package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;

/**
 * A position in PowerShell text and the lexical rules that do not depend on the parsing mode
 * (about_Parsing, about_Comments, about_Special_Characters): blanks, the line continuation {@code
 * `} at a line's end, {@code #} comments and {@code <# … #>} block comments; identifiers; the
 * characters that end a command argument.
 */
final class PsCursor {
  final Source src;
  int pos;

  PsCursor(Source src) {
    this.src = src;
  }

  boolean end() {
    return pos >= src.length();
  }

  char peek() {
    return end() ? '\0' : src.at(pos);
  }

  char peek(int ahead) {
    return pos + ahead < src.length() ? src.at(pos + ahead) : '\0';
  }

  /** True when the text at the cursor starts with {@code s}, in any case. */
  boolean at(String s) {
    return src.text.regionMatches(true, pos, s, 0, s.length());
  }

  /** Skips blanks, continuations and comments; newlines too when {@code newlines}. */
  void skip(boolean newlines) {
    while (!end()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\f' || c == '\u00a0') {
        pos++;
      } else if (c == '`' && (peek(1) == '\n' || peek(1) == '\r')) {
        pos += peek(1) == '\r' && peek(2) == '\n' ? 3 : 2;
      } else if (newlines && (c == '\n' || c == '\r')) {
        pos++;
      } else if (c == '<' && peek(1) == '#') {
        int close = src.text.indexOf("#>", pos + 2);
        pos = close < 0 ? src.length() : close + 2;
      } else if (c == '#') {
        while (!end() && peek() != '\n' && peek() != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** True for a character that ends a command argument or name. */
  static boolean ends(char c) {
    return c == '\0' || Character.isWhitespace(c) || "|;&(){},<>".indexOf(c) >= 0;
  }

  /** Reads letters, digits, {@code _} and {@code -} (a keyword or cmdlet name); may be empty. */
  String word() {
    int from = pos;
    while (!end() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
      pos++;
    }
    return src.text.substring(from, pos);
  }

  /** The word at the cursor, without moving, lower case. */
  String peekWord() {
    int save = pos;
    String w = word();
    pos = save;
    return w.toLowerCase(java.util.Locale.ROOT);
  }

  /** Reads a variable name after {@code $}: {@code name}, {@code env:NAME}, {@code {any}}. */
  String variableName() {
    if (peek() == '{') {
      int close = src.text.indexOf('}', pos);
      int to = close < 0 ? src.length() : close;
      String name = src.text.substring(pos + 1, to);
      pos = Math.min(src.length(), to + 1);
      return name;
    }
    int from = pos;
    if (peek() == '$' || peek() == '?' || peek() == '^' || peek() == '_') {
      pos++;
      if (src.text.charAt(from) != '_') {
        return src.text.substring(from, pos);
      }
    }
    while (!end() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '?')) {
      pos++;
    }
    if (peek() == ':' && peek(1) != ':' && pos > from && !Character.isWhitespace(peek(1))) {
      pos++;
      while (!end() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
        pos++;
      }
    }
    return src.text.substring(from, pos);
  }

  Span span(int from) {
    return src.span(from, pos);
  }

  String text(int from) {
    return src.text.substring(from, Math.min(pos, src.length()));
  }
}
