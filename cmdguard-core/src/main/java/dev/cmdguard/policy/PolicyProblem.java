package dev.cmdguard.policy;

import java.util.Objects;

/**
 * One error in a policy file: where, which key, what is wrong and how to fix it.
 *
 * @param file the file's path as given
 * @param line 1-based line, or 0 when the whole file is concerned (unreadable, not UTF-8)
 * @param column 1-based column, or 0 with {@code line} 0
 * @param keyPath the dotted key path ({@code git.protected_branches}, {@code rules.deny[2]}), or
 *     empty for the document itself
 * @param message what is wrong, one sentence
 * @param hint how to fix it ({@code did you mean 'protected_branches'?}), or empty
 */
public record PolicyProblem(
    String file, int line, int column, String keyPath, String message, String hint) {
  public PolicyProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(keyPath, "keyPath");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** {@code file:line:column: keyPath: message (hint)}, leaving out what is absent. */
  public String describe() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ");
    if (!keyPath.isEmpty()) {
      out.append(keyPath).append(": ");
    }
    out.append(message);
    if (!hint.isEmpty()) {
      out.append(" (").append(hint).append(')');
    }
    return out.toString();
  }
}
