package dev.cmdguard.paths;

import java.util.Objects;
import java.util.Optional;

/**
 * A path operand after tilde expansion, resolution against the working directory and lexical
 * normalization: what {@link PathClassifier} judges. Made by {@link PathResolver}.
 *
 * @param text the value as given (after the shell's quote removal)
 * @param absolute the absolute normalized path, or for a glob the absolute normalized pattern
 *     ({@code /home/dev/project/*.log}); empty when it depends on a directory that is not known (a
 *     relative path with no cwd, {@code ~-}, an empty value)
 * @param normalized equal to {@code absolute} when that is known; otherwise the lexically
 *     normalized path relative to the unknown directory ({@code ../x/.env}, {@code .}); empty for
 *     an empty value
 * @param glob true when the value was unquoted and still holds pattern characters after
 *     normalization, so the shell would expand it ({@link Glob#hasPattern})
 * @param staticDirectory for a glob with a known location, the longest leading directory without
 *     pattern characters: {@code /} for {@code /u*}, {@code /usr} for {@code /usr/*}{@code /bin};
 *     empty otherwise
 * @param coversAll for a glob, true when only its last name is a pattern and that pattern matches
 *     every entry it could match in {@code staticDirectory} ({@code /*}, {@code ~/.*}, {@code *};
 *     see {@link Glob#coversEveryName}), so that it stands for the directory's whole content; false
 *     for a non-glob
 */
public record ResolvedPath(
    String text,
    Optional<String> absolute,
    String normalized,
    boolean glob,
    Optional<String> staticDirectory,
    boolean coversAll) {

  /**
   * @throws IllegalArgumentException when {@code absolute} is present and differs from {@code
   *     normalized}, or a non-glob has a static directory or covers all
   */
  public ResolvedPath {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(staticDirectory, "staticDirectory");
    if (absolute.isPresent() && !absolute.get().equals(normalized)) {
      throw new IllegalArgumentException(
          "absolute " + absolute.get() + " differs from normalized " + normalized);
    }
    if (!glob && (staticDirectory.isPresent() || coversAll)) {
      throw new IllegalArgumentException("only a glob has a static directory: " + text);
    }
  }

  /** True when the absolute location is known. */
  public boolean isKnown() {
    return absolute.isPresent();
  }
}
