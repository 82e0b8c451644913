package dev.cmdguard.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of tree-sitter's concrete syntax tree, copied into Java so that the converter never
 * calls into native code. Offsets are character offsets (UTF-16 units) into the text that was
 * parsed. Built by {@link CstBuilder}; read-only afterwards.
 */
final class Cst {
  final String type;
  final boolean named;
  final boolean error;
  final String field;
  final int start;
  int end;
  boolean missing;
  final List<Cst> children = new ArrayList<>(4);

  Cst(String type, boolean named, boolean error, String field, int start) {
    this.type = type;
    this.named = named;
    this.error = error;
    this.field = field;
    this.start = start;
  }

  /** True for an anonymous token of the given literal, such as {@code "&&"} or {@code "fi"}. */
  boolean isToken(String literal) {
    return !named && type.equals(literal);
  }

  boolean is(String namedType) {
    return named && type.equals(namedType);
  }

  @Override
  public String toString() {
    return (named ? type : "'" + type + "'") + "[" + start + "," + end + ")";
  }
}
