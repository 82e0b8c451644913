package dev.cmdguard.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --color=WHEN} choice: whether human output uses ANSI colours. */
enum ColorMode {
  /** Colours when standard output is a terminal, {@code TERM} is not dumb and no NO_COLOR. */
  AUTO,
  /** Always colours, even into a pipe. */
  ALWAYS,
  /** Never colours. */
  NEVER;

  /**
   * Decides for this environment. {@code NO_COLOR} (https://no-color.org) turns colours off in
   * {@code auto}; an explicit {@code --color=always} still wins.
   *
   * @return true when the output should carry ANSI escape sequences
   */
  boolean enabled(Environment env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          env.terminal() && !env.isSet("NO_COLOR") && !env.variable("TERM", "").equals("dumb");
    };
  }

  /** Parses {@code auto}, {@code always} or {@code never}, in any case. */
  static final class Converter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      try {
        return ColorMode.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a colour mode; use auto, always or never");
      }
    }
  }
}
