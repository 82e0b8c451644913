package dev.cmdguard.cli;

import picocli.CommandLine.Option;

/**
 * The output options of the verbs that print one document ({@code check}, {@code explain}): {@code
 * --json} for machines, {@code --color} for humans. A picocli mixin.
 */
final class OutputOptions {
  @Option(names = "--json", description = "Print a JSON document instead of text.")
  private boolean json;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColorMode.Converter.class,
      description = "Colours: auto (on a terminal, unless NO_COLOR is set), always or never.")
  private ColorMode color = ColorMode.AUTO;

  /** True when the output is JSON. */
  boolean json() {
    return json;
  }

  /** The text style for this environment: colours only when asked for or on a terminal. */
  Style style(Environment env) {
    return Style.of(color.enabled(env));
  }
}
