package dev.cmdguard.policy;

import java.util.Objects;

/**
 * Where a policy setting or rule came from: its layer and, for files, the file and the 1-based line
 * and column of the value.
 *
 * @param layer the layer
 * @param file the file's path as given, or the flag's name for {@link Layer#FLAGS}, or empty for
 *     {@link Layer#BUILT_IN}
 * @param line 1-based line of the value in the file, or 0 when not from a file
 * @param column 1-based column of the value in the file, or 0 when not from a file
 */
public record PolicySource(Layer layer, String file, int line, int column) {
  public PolicySource {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** The built-in defaults. */
  public static PolicySource builtIn() {
    return new PolicySource(Layer.BUILT_IN, "", 0, 0);
  }

  /** A command-line flag, such as {@code --profile}. */
  public static PolicySource flag(String name) {
    return new PolicySource(Layer.FLAGS, name, 0, 0);
  }

  /** A position in a policy file of {@code layer}. */
  public static PolicySource at(Layer layer, String file, int line, int column) {
    return new PolicySource(layer, file, line, column);
  }

  /**
   * For humans and {@code policySources}: {@code built-in}, {@code flag --profile}, or {@code
   * project /w/.cmdguard.yaml:3:9}.
   */
  public String describe() {
    return switch (layer) {
      case BUILT_IN -> "built-in";
      case FLAGS -> "flag " + file;
      case SYSTEM, USER, PROJECT ->
          layer.label() + " " + file + (line > 0 ? ":" + line + ":" + column : "");
    };
  }
}
